/** Internal: journals of made-up customers for backtests ({@code excuse-engine generate}). No compatibility promise. */
package org.excuseengine.replay.generator;
