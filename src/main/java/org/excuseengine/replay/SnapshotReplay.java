package org.excuseengine.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.excuseengine.json.ContractJson;
import org.excuseengine.json.InvalidVisitException;
import org.excuseengine.json.Utf8LineReader;
import org.excuseengine.model.Visit;

/**
 * Replays a JSONL stream of visits: one assessment (or the contract's error record) out for every
 * line in, in input order. Lines are read, judged and written as a stream, a bounded number at a
 * time, on every thread given: any size of input runs in constant memory. A line may carry an
 * {@code expect} field; the champion's assessment is checked against it. The input is read as
 * bytes, so that a line that is not UTF-8 is rejected on its own rather than stopping the run.
 */
public final class SnapshotReplay {
    private final RuleSets rules;
    private final ContractJson json;
    private final int threads;

    public SnapshotReplay(RuleSets rules, ContractJson json, int threads) {
        this.rules = rules;
        this.json = json;
        this.threads = threads;
    }

    /**
     * Writes one line to {@code out} for every line of {@code in}, and hands every replayed visit
     * to {@code observer}, in input order, on the calling thread.
     */
    public void run(InputStream in, Writer out, Consumer<ReplayedVisit> observer) throws IOException {
        Utf8LineReader lines = new Utf8LineReader(in, ContractJson.MAX_VISIT_LINE_BYTES);
        try (InOrderPipeline<Replayed> pipeline = new InOrderPipeline<>(threads, replayed -> {
            write(out, replayed.output());
            observer.accept(replayed.visit());
        })) {
            for (Utf8LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                Utf8LineReader.Line read = line;
                pipeline.submit(() -> replayLine(read));
            }
            pipeline.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    /**
     * One line of input replayed: read, judged by every rule set, checked against its expectation.
     * Public for engines that split a snapshot file across machines.
     */
    public Replayed replayLine(Utf8LineReader.Line line) {
        long lineNumber = line.number();
        String visitId = null;
        try {
            if (!line.readable()) {
                throw new InvalidVisitException(null, "/: " + line.problem());
            }
            if (line.text().isBlank()) {
                throw new InvalidVisitException(null, "/: empty line, expected a visit");
            }
            ContractJson.ReadVisit read = json.read(line.text());
            Visit visit = read.visit();
            visitId = visit.visitId();
            Expectation expectation = Expectation.of(read.tree(), json.mapper());
            Judgement champion = Judges.judge(rules.champion(), visit);
            Judgement challenger = rules.hasChallenger() ? Judges.judge(rules.challenger(), visit) : null;
            ReplayedVisit replayed = new ReplayedVisit(lineNumber, visitId, visit, champion, challenger,
                    Settlement.of(visit), Labels.NONE, mismatches(expectation, champion));
            return new Replayed(replayed, Judges.outputLine(json, champion, visitId, lineNumber), null);
        } catch (InvalidVisitException e) {
            String id = e.visitId() != null ? e.visitId() : visitId;
            Judgement rejected = Judgement.failed(e.getMessage());
            ReplayedVisit replayed = new ReplayedVisit(lineNumber, id, null, rejected,
                    rules.hasChallenger() ? rejected : null, null, Labels.NONE, List.of());
            return new Replayed(replayed, json.writeError(id, lineNumber, e.getMessage()), null);
        }
    }

    private static List<String> mismatches(Expectation expectation, Judgement champion) {
        if (expectation == null) {
            return List.of();
        }
        if (!champion.assessed()) {
            return List.of("expected an assessment, but the visit could not be assessed: " + champion.error());
        }
        return new ArrayList<>(expectation.mismatches(champion.assessment()));
    }

    private static void write(Writer out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
