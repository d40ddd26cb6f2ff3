package dev.storyline.spark;

import java.io.Serializable;

/**
 * One file to read.
 *
 * @param index       its place in the order {@code analyze} would read it, which settles repeated document ids
 * @param path        a local path, or a Hadoop URI when {@code hadoop}
 * @param inDirectory found inside a directory rather than named by the user (an unknown type is then skipped)
 * @param hadoop      read through a Hadoop file system rather than the local one
 */
record InputFile(int index, String path, boolean inDirectory, boolean hadoop) implements Serializable {
}
