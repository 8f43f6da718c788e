package org.excuseengine.replay;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import org.excuseengine.engine.AssessmentException;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.excuseengine.json.InvalidVisitException;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Visit;

/**
 * Replays a JSONL stream of visits through an engine: one assessment (or error record) out for
 * every line in, in input order, streaming so that any size of input runs in constant memory.
 */
public final class SnapshotReplay {
    private final ExcuseEngine engine;
    private final ContractJson json;

    public SnapshotReplay(ExcuseEngine engine, ContractJson json) {
        this.engine = engine;
        this.json = json;
    }

    public ReplaySummary run(BufferedReader in, Writer out) throws IOException {
        ReplaySummary summary = new ReplaySummary();
        BufferedWriter writer = out instanceof BufferedWriter buffered ? buffered : new BufferedWriter(out);
        long lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            writer.write(assessLine(line, lineNumber, summary));
            writer.write('\n');
        }
        writer.flush();
        return summary;
    }

    /** The output line for one input line: its assessment, or the contract's error record. */
    String assessLine(String line, long lineNumber, ReplaySummary summary) {
        String visitId = null;
        try {
            if (line.isBlank()) {
                throw new InvalidVisitException(null, "/: empty line, expected a visit");
            }
            Visit visit = json.readVisit(line);
            visitId = visit.visitId();
            Assessment assessment = engine.assess(visit);
            summary.count(assessment);
            return json.write(assessment);
        } catch (InvalidVisitException e) {
            summary.countRejected();
            return json.writeError(e.visitId(), lineNumber, e.getMessage());
        } catch (AssessmentException e) {
            summary.countRejected();
            return json.writeError(visitId, lineNumber, e.getMessage());
        }
    }
}
