/**
 * CLI: the picocli commands build, validate, serve and new. Thin: parse arguments, call
 * {@link be.openboek.build.Build}, print problems, return the exit code (0 ok, 1 invalid input, 2 wrong usage); serve's
 * web server for the local preview.
 */
package be.openboek.cli;
