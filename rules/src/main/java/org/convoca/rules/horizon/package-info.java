/**
 * The bundled "horizon-europe" rule book's rules: their DRL, read as resources, and the executable
 * model that the kie-maven-plugin generates from it at build time. Not an API; the package is
 * declared here so that the module descriptor can open it.
 */
package org.convoca.rules.horizon;
