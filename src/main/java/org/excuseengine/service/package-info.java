/** Internal: the HTTP service behind {@code excuse-engine serve}. No compatibility promise; the contract is openapi.yaml. */
package org.excuseengine.service;
