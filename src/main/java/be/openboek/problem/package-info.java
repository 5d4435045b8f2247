/**
 * Problems found in the input, as values with a position, a message and a hint. Every stage reports
 * through {@link be.openboek.problem.Problems}; none throws at the user. Depends on nothing else.
 */
package be.openboek.problem;
