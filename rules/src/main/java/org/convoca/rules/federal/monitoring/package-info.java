/**
 * The bundled "federal-call" rule book's monitoring rules, in a knowledge base of their own: their
 * DRL and its generated executable model. Not an API; the package is declared here so that the
 * module descriptor can open it.
 */
package org.convoca.rules.federal.monitoring;
