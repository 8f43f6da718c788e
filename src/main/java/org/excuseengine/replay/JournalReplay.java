package org.excuseengine.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.excuseengine.model.ExcuseAssessment;
import org.excuseengine.model.ExcuseInput;
import org.excuseengine.model.PastExcuse;
import org.excuseengine.model.Visit;
import org.excuseengine.replay.journal.CustomerTimeline;
import org.excuseengine.replay.journal.Journal;
import org.excuseengine.replay.journal.JournalVisit;

/**
 * Replays a journal: every visit is judged on the history as it stood that day, and its
 * commitment is then judged by what the customer really paid. Customers are replayed on every
 * thread given, each customer's visits one after another in time order, because the excuses of a
 * visit become history for the next ones with the category the rules classified them as (which
 * may differ between the champion and the challenger). Output comes customer by customer, in the
 * order of their ids, each customer's visits in time order.
 */
public final class JournalReplay {
    private final RuleSets rules;
    private final ContractJson json;
    private final int threads;

    public JournalReplay(RuleSets rules, ContractJson json, int threads) {
        this.rules = rules;
        this.json = json;
        this.threads = threads;
    }

    /**
     * Replays every visit of {@code journal}, handing each to {@code observer} on the calling
     * thread. {@code assessments}, when not null, gets one line per visit: its assessment, or the
     * contract's error record naming the journal line of the visit. {@code snapshots}, when not
     * null, gets each visit as the champion saw it, with its outcome: a file {@code replay} reads.
     */
    public void run(Journal journal, Writer assessments, Writer snapshots, Consumer<ReplayedVisit> observer)
            throws IOException {
        boolean wantSnapshots = snapshots != null;
        try (InOrderPipeline<List<Replayed>> pipeline = new InOrderPipeline<>(threads, customer -> {
            for (Replayed replayed : customer) {
                write(assessments, replayed.output());
                write(snapshots, replayed.snapshot());
                observer.accept(replayed.visit());
            }
        })) {
            for (CustomerTimeline customer : journal.customers()) {
                pipeline.submit(() -> replayCustomer(customer, wantSnapshots));
            }
            pipeline.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (assessments != null) {
            assessments.flush();
        }
        if (snapshots != null) {
            snapshots.flush();
        }
    }

    /**
     * Replays one customer's visits in time order, as {@link #run} does for each customer: the
     * seam for engines that split a journal by customer across machines.
     */
    public List<Replayed> replayCustomer(CustomerTimeline customer, boolean wantSnapshots) {
        List<Replayed> replayed = new ArrayList<>();
        List<PastExcuse> championHeard = new ArrayList<>();
        List<PastExcuse> challengerHeard = new ArrayList<>();
        for (JournalVisit visit : customer.visits()) {
            replayed.add(replayVisit(visit, championHeard, challengerHeard, wantSnapshots));
        }
        return replayed;
    }

    private Replayed replayVisit(JournalVisit journalVisit, List<PastExcuse> championHeard,
                                 List<PastExcuse> challengerHeard, boolean wantSnapshots) {
        Labels labels = new Labels(journalVisit.profile(), journalVisit.intents());
        String problem = journalVisit.problem();
        if (problem != null) {
            Judgement rejected = Judgement.failed(problem);
            ReplayedVisit visit = new ReplayedVisit(journalVisit.line(), journalVisit.visitId(), null, rejected,
                    rules.hasChallenger() ? rejected : null, null, labels, List.of());
            return new Replayed(visit, json.writeError(journalVisit.visitId(), journalVisit.line(), problem), null);
        }
        Visit championVisit = journalVisit.visit(championHeard);
        Judgement champion = judgeAndRemember(rules.champion(), championVisit, championHeard);
        Judgement challenger = null;
        if (rules.hasChallenger()) {
            challenger = judgeAndRemember(rules.challenger(), journalVisit.visit(challengerHeard), challengerHeard);
        }
        Settlement settlement = Settlement.of(championVisit.commitment(), journalVisit.outcome());
        ReplayedVisit visit = new ReplayedVisit(journalVisit.line(), journalVisit.visitId(), championVisit, champion,
                challenger, settlement, labels, List.of());
        String snapshot = wantSnapshots ? writeVisit(journalVisit.withOutcome(championVisit)) : null;
        return new Replayed(visit, Judges.outputLine(json, champion, journalVisit.visitId(), journalVisit.line()), snapshot);
    }

    /**
     * Judges the visit and logs its excuses for the visits after it, with the category the rules
     * gave them; when the rules could not assess the visit, only excuses with a given category.
     */
    private static Judgement judgeAndRemember(ExcuseEngine engine, Visit visit, List<PastExcuse> heard) {
        Judgement judgement = Judges.judge(engine, visit);
        if (judgement.assessed()) {
            for (ExcuseAssessment excuse : judgement.assessment().excuses()) {
                heard.add(new PastExcuse(visit.date(), excuse.category()));
            }
        } else {
            for (ExcuseInput excuse : visit.excuses()) {
                if (excuse.category() != null) {
                    heard.add(new PastExcuse(visit.date(), excuse.category()));
                }
            }
        }
        return judgement;
    }

    private String writeVisit(Visit visit) {
        try {
            return json.mapper().writeValueAsString(visit);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write visit " + visit.visitId(), e);
        }
    }

    private static void write(Writer out, String line) {
        if (out == null || line == null) {
            return;
        }
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
