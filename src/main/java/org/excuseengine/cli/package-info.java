/** Internal: the {@code excuse-engine} command line (picocli). No compatibility promise. */
package org.excuseengine.cli;
