/**
 * Classifying free excuse text (Traditional Chinese, Simplified Chinese, English, or a mix) into
 * the contract's excuse categories.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * Lexicon lexicon = Lexicon.load(Path.of("rules", "lexicon"));      // once; immutable
 * ExcuseClassifier classifier = new ExcuseClassifier(lexicon);        // shared by all threads
 * List<Classification> excuses = classifier.classify("質量沒問題，就是最近週轉不過來");
 * // -> [Classification[clause=最近週轉不過來, category=TIGHT_CASH, confidence=0.92, matchedPhrases=[週轉不過來]]]
 * Optional<String> lang = Languages.detect(text);                     // "zh-Hant", "zh-Hans" or "en"
 * }</pre>
 * {@code classify} never returns an empty list: when nothing fits, it returns a single
 * {@code OTHER} with confidence 0.2. Other results usually have a confidence of 0.5 or more; less
 * when a rival category competes in the same clause.
 *
 * <h2>How it works</h2>
 * <ol>
 *   <li><b>Folding</b> ({@link org.excuseengine.text.TextNormalizer}): ICU's NFKC with case folding
 *       (full-width forms, case), then ICU's Traditional-to-Simplified rules
 *       ({@link org.excuseengine.text.ChineseScript}, which applies ICU's own rule data without
 *       its slower general engine), then quotes dropped, dashes as spaces, blanks squeezed. Every
 *       folded character remembers where it came from, so results quote the customer's own words.</li>
 *   <li><b>Spelling</b> ({@link org.excuseengine.text.TypoCorrector}): an unknown English word one
 *       slip away from exactly one lexicon word is mended; shorthand from the lexicon's spelling
 *       list is expanded.</li>
 *   <li><b>One pass</b> ({@link org.excuseengine.text.PhraseIndex},
 *       {@link org.excuseengine.text.AhoCorasick}): every literal of every phrase and every marker
 *       is compiled at load time into one Aho-Corasick automaton, so a text is read once, whatever
 *       the size of the lexicon, and nothing is compiled per call. English literals must match
 *       whole words. A long Chinese literal also matches with one character swapped for a
 *       same-sounding one ({@link org.excuseengine.text.Homophones}, from ICU's Han-Latin). Where a
 *       marker lies inside a longer phrase, the phrase wins (不过 in 周转不过来).</li>
 *   <li><b>Clauses</b> ({@link org.excuseengine.text.Clause}): the text is cut at clause-break and
 *       contrast markers.</li>
 *   <li><b>Phrases</b> ({@link org.excuseengine.text.PhraseMatch}): a lexicon entry matches when its
 *       parts occur in order within a clause, close enough to each other; an entry inside a longer
 *       one does not count on its own.</li>
 *   <li><b>Negation</b> ({@link org.excuseengine.text.Negation}): cues before or after a phrase, or
 *       inside its gap, negate it; join words carry a negation on to the next phrase.</li>
 *   <li><b>Scoring</b> ({@link org.excuseengine.text.ExcuseClassifier}): per clause, the weights of
 *       the phrases that stand add up per category; a category reaching 1 is named. Where no phrase
 *       names anything, where phrases name several categories, or where weak phrases sit in a
 *       clause that only shows evidence, the model ({@link org.excuseengine.text.ExcuseModel},
 *       OpenNLP maximum entropy over character and word n-grams, trained from the labelled
 *       examples of {@link org.excuseengine.text.ExampleCorpus} at load) decides; an evidence
 *       clause joins the excuse next to it. A faint category
 *       before a contrast is conceded when the clause after names an excuse. The same category in
 *       several clauses merges into one result, ordered by where it is first said. Confidence grows
 *       with the weight of evidence and shrinks with a rival category in the same clause.</li>
 * </ol>
 *
 * <h2>The lexicon</h2>
 * Everything about wording lives in plain text under {@code rules/lexicon/}: one file per category
 * with weighted phrases and patterns, and {@code markers/} with clause breaks, contrast words,
 * negation cues and spelling. Its README is the rule authors' guide. Loading errors are
 * {@link org.excuseengine.text.LexiconException}s naming the file and line.
 *
 * <h2>Threads and speed</h2>
 * {@link org.excuseengine.text.Lexicon} is immutable and {@link org.excuseengine.text.ExcuseClassifier}
 * keeps no state between calls, so both are shared freely. Loading takes about a second, mostly
 * ICU preparing its transliterators and training the model; classifying a sentence takes tens of
 * microseconds.
 *
 * <h2>Quality</h2>
 * The tests measure the lexicon with its model on the example corpus with each source held out of
 * training ({@link org.excuseengine.text.Evaluation#bySourceFolds}), on the team's tuning lines,
 * and on a held-out set written before tuning and never tuned on
 * ({@code src/test/resources/text/held-out.tsv}), and check that every Chinese corpus line gets
 * the same categories in both scripts. {@code docs/text.md} has the figures.
 */
package org.excuseengine.text;
