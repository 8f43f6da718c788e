/**
 * Supported API: the contract's JSON, read (validated against its schema) and written, and JSON
 * lines read as UTF-8. {@code ContractJson.mapper()} and {@code ContractJson.ReadVisit.tree()}
 * hand out Jackson 2 types on purpose (see the overview of the javadoc).
 */
package org.excuseengine.json;
