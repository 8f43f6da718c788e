/**
 * Supported API: the interchange contract's records, version 1. Fields are added, never renamed
 * or dropped. Visits built here are checked as their JSON would be, before they reach the rules.
 */
package org.excuseengine.model;
