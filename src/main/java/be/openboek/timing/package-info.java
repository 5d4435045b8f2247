/**
 * Timing: how long each stage took ({@code build --timings}, the benchmark). Shared by the stages that time their
 * parts (export, render) and the build that orders them, so it depends on none of them.
 */
package be.openboek.timing;
