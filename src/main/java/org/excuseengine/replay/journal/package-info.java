/** Supported API: event journals (JSON lines or CSV), read and written, and each customer's timeline. */
package org.excuseengine.replay.journal;
