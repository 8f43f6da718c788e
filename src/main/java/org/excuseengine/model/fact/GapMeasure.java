package org.excuseengine.model.fact;

import org.excuseengine.model.Measure;

/** Result: a lever that helps close the target gap, and why it fits this customer. */
public record GapMeasure(Measure measure, String rule, String detail) {}
