/**
 * Reference data cached on each node without drift between nodes: the appeal categories, deadline
 * rules, duplicate synonyms and automatic dispatch switches are read at every intake but change
 * a few times a year. Each table's version (bumped by a trigger in the changing transaction) is
 * read once per transaction for all of them, and a node reloads a table only when its version
 * moved, so a change committed on one node is used by the next intake on every node.
 */
package org.onedoor.appeals.reference;
