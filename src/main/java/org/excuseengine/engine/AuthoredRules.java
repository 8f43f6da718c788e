package org.excuseengine.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Every rule of a rules folder as its author wrote it, read without compiling: its name, where it
 * is (a DRL line, or a sheet's row), its conditions and its consequence. Files that do not parse
 * are left out; the compiler reports them.
 */
final class AuthoredRules {
    /** Where something is written: a line and column of a DRL file, or a row and column of a sheet. */
    record Location(String file, int line, int column) {}

    /** One rule, its parsed form and where it starts. */
    record Rule(String name, Location location, RuleDescr descr) {
        String consequence() {
            return descr.getConsequence() == null ? "" : descr.getConsequence().toString();
        }

        String file() {
            return location.file();
        }

        boolean isIn(String folder) {
            return file().startsWith(folder + "/");
        }
    }

    /** A parsed rule file: the DRL text (generated, for a sheet) and the sheet it came from, if any. */
    private record ParsedFile(String path, String drl, SheetSource sheet) {}

    private final List<Rule> rules;
    private final List<FunctionDescr> functions;
    private final Map<Rule, ParsedFile> fileOf;
    private final boolean complete;

    private AuthoredRules(List<Rule> rules, List<FunctionDescr> functions, Map<Rule, ParsedFile> fileOf, boolean complete) {
        this.rules = List.copyOf(rules);
        this.functions = List.copyOf(functions);
        this.fileOf = fileOf;
        this.complete = complete;
    }

    static AuthoredRules read(RuleFolder folder) {
        List<Rule> rules = new ArrayList<>();
        List<FunctionDescr> functions = new ArrayList<>();
        Map<Rule, ParsedFile> fileOf = new HashMap<>();
        boolean complete = true;
        for (RuleFolder.SourceFile source : folder.ruleFiles()) {
            ParsedFile file = parsedFile(source);
            PackageDescr parsed = file == null ? null : parse(file.drl());
            if (parsed == null) {
                complete = false;
                continue;
            }
            functions.addAll(parsed.getFunctions());
            for (RuleDescr descr : parsed.getRules()) {
                Rule rule = new Rule(descr.getName(), start(file, descr), descr);
                rules.add(rule);
                fileOf.put(rule, file);
            }
        }
        return new AuthoredRules(rules, functions, fileOf, complete);
    }

    List<Rule> rules() {
        return rules;
    }

    /**
     * Whether every rule file parsed. A lint that concludes from a rule's absence (no rule names
     * this text, no rule judges that verdict) would be wrong about a file that did not parse.
     */
    boolean complete() {
        return complete;
    }

    List<FunctionDescr> functions() {
        return functions;
    }

    /**
     * Where {@code text} is written in {@code rule}: its line and column in a DRL file, or the cell
     * of the rule's row that holds it in a sheet. The rule's own start when it is not found.
     */
    Location locate(Rule rule, String text) {
        ParsedFile file = fileOf.get(rule);
        if (file.sheet() != null) {
            SheetSource.Cell cell = file.sheet().cellContaining(rule.descr().getLine(), text);
            return new Location(file.path(), cell.row(), cell.column());
        }
        String[] lines = file.drl().split("\n", -1);
        int last = Math.min(lines.length, Math.max(rule.descr().getEndLine(), rule.descr().getLine()));
        for (int line = rule.descr().getLine(); line >= 1 && line <= last; line++) {
            int at = lines[line - 1].indexOf(text);
            if (at >= 0) {
                return new Location(file.path(), line, at + 1);
            }
        }
        return rule.location();
    }

    /** The written conditions of a rule (its {@code when} part), for a person to read. */
    String conditionsText(Rule rule) {
        ParsedFile file = fileOf.get(rule);
        String[] lines = file.drl().split("\n", -1);
        List<String> conditions = new ArrayList<>();
        boolean inWhen = false;
        for (int line = rule.descr().getLine(); line >= 1 && line <= lines.length; line++) {
            String text = lines[line - 1].strip();
            if (text.equals("then")) {
                break;
            }
            if (inWhen && !text.isEmpty() && !text.startsWith("//")) {
                conditions.add(text);
            }
            inWhen |= text.equals("when");
        }
        return String.join(" ", conditions);
    }

    private static ParsedFile parsedFile(RuleFolder.SourceFile source) {
        if (SheetSource.isSheet(source.relativePath())) {
            SheetSource sheet = SheetSource.read(source.relativePath(), source.content());
            return sheet.drl().map(drl -> new ParsedFile(source.relativePath(), drl, sheet)).orElse(null);
        }
        return new ParsedFile(source.relativePath(), new String(source.content(), StandardCharsets.UTF_8), null);
    }

    private static PackageDescr parse(String drl) {
        DrlParser parser = new DrlParser();
        try {
            PackageDescr parsed = parser.parse(false, drl);
            return parser.hasErrors() ? null : parsed;
        } catch (DroolsParserException e) {
            return null;
        }
    }

    private static Location start(ParsedFile file, RuleDescr descr) {
        if (file.sheet() != null) {
            SheetSource.Cell cell = file.sheet().cellContaining(descr.getLine(), descr.getName());
            return new Location(file.path(), cell.row(), cell.column());
        }
        return new Location(file.path(), descr.getLine(), descr.getColumn() + 1);
    }
}
