/**
 * Appeals intelligence that needs no database: Chinese text matching for duplicate appeals and
 * the grouping of many messages into hot topics. Pure and deterministic, so every node and the
 * batch command give the same answer for the same input.
 */
package org.onedoor.appeals.intel;
