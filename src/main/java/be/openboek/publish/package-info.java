/**
 * Publish: swaps a completely built site into the output folder by renaming, so readers never see a
 * half-built site and a failed build leaves the previous one untouched.
 */
package be.openboek.publish;
