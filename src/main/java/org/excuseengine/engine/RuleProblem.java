package org.excuseengine.engine;

/**
 * One problem found in a rule file, located as editors and CI annotations expect:
 * {@code path:line:column: severity: message}. Line and column are 1-based, 0 when unknown.
 */
public record RuleProblem(String file, int line, int column, Severity severity, String message) {
    public enum Severity {
        ERROR, WARNING;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static RuleProblem error(String file, int line, int column, String message) {
        return new RuleProblem(file, line, column, Severity.ERROR, message);
    }

    public static RuleProblem warning(String file, int line, int column, String message) {
        return new RuleProblem(file, line, column, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity + ": " + message;
    }
}
