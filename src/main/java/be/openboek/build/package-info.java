/**
 * Build: the stages put in order. {@link be.openboek.build.Build} checks, reads the history, exports and bakes into a
 * fresh folder and swaps it in; {@link be.openboek.build.LiveBuild} composes the same {@link be.openboek.build.Stages}
 * to update serve's folder in place. The only package that knows the order of the stages; it imports them all and
 * none of them imports it.
 */
package be.openboek.build;
