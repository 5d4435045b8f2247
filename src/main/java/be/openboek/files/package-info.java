/**
 * Files: which files of a project's source folder the build may read, found without opening any of them, so that
 * no stage publishes or echoes a file outside the project or hangs on a pipe or a device. Depends only on problem.
 */
package be.openboek.files;
