package vn.vanban.corpus.model;

/**
 * A relation between two other documents that a text states: "Nghị quyết số 86/NQ-CP … để thực
 * hiện Nghị quyết số 30/2021/QH15" gives 86/NQ-CP implements 30/2021/QH15.
 */
public record StatedRelation(String from, String to, Relation relation) {}
