/**
 * Excuse Engine: judges the excuses customers give for overdue payments with Drools rules.
 *
 * <h2>Supported API</h2>
 * These packages are the library's API. Within a major version they change only by additions
 * (checked against the previous release by japicmp once there is one); the build keeps them from
 * handing out internal types (an ArchUnit test):
 * <ul>
 *   <li>{@link org.excuseengine.engine}: {@code ExcuseEngine} (the entry point), its builder,
 *       its exceptions, {@code EngineStatus}, {@code Explainer}/{@code Explanation} and
 *       {@code RuleCheck}. Every other class there is package-private.</li>
 *   <li>{@link org.excuseengine.model}: the contract's records, what goes in and out.</li>
 *   <li>{@link org.excuseengine.json}: {@code ContractJson}, the contract's JSON read and written
 *       (validated against its schema), and the UTF-8 line reader for JSON lines.</li>
 *   <li>{@link org.excuseengine.replay} and {@link org.excuseengine.replay.journal}: replaying
 *       visit files and event journals through one or two rule sets, with their metrics.</li>
 * </ul>
 * {@code org.excuseengine.model.fact} holds the facts rule files see; it is supported for rules,
 * not for Java callers.
 *
 * <h2>Documented exceptions</h2>
 * The supported API hands out three types from outside it, on purpose:
 * {@code ExcuseEngine.categorize} returns {@code org.excuseengine.text.Classification} records;
 * {@code ContractJson.mapper()} is the Jackson 2 {@code ObjectMapper} configured for the contract
 * and {@code ContractJson.ReadVisit.tree()} the visit's Jackson {@code JsonNode} (for callers that
 * read fields of their own), which {@code replay.Expectation.of} also takes. Those Jackson types
 * follow the Jackson version this library depends on.
 *
 * <h2>Internal</h2>
 * No compatibility promise; they may change in any release:
 * {@code org.excuseengine.cli} (the command line), {@code org.excuseengine.service} (the HTTP
 * service), {@code org.excuseengine.text} (excuse text classification behind
 * {@code ExcuseEngine.categorize}) and {@code org.excuseengine.replay.generator} (made-up
 * journals). The command line's and the service's libraries (picocli, progressbar, Micrometer,
 * Prometheus, slf4j-simple) are optional dependencies an embedding application does not get, and
 * nothing outside those two packages uses them.
 *
 * <h2>Modules</h2>
 * The jar is an automatic module named {@code org.excuseengine} (its manifest's
 * {@code Automatic-Module-Name}); the rules jar is {@code org.excuseengine.rules}. There is no
 * {@code module-info}: Drools, which compiles rules at run time, is not modular.
 */
package org.excuseengine;
