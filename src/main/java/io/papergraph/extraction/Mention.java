package io.papergraph.extraction;

import java.util.List;

/**
 * One fact extracted from a paper: the paper {@code relation}s an entity of {@code kind} named {@code name}.
 *
 * @param aliases      other spellings seen in the same paper (an acronym's expansion, a title head's long form)
 * @param evidence     the sentence the fact was read from
 * @param rule         the rule that fired, so a reader can judge it
 * @param confidence   0..1
 * @param resourceKind for introduced or evaluated resources: benchmark, dataset, environment or metric; else null
 */
public record Mention(Relation relation, EntityKind kind, String name, List<String> aliases, String evidence,
                      String rule, double confidence, String resourceKind) {

    public Mention {
        aliases = List.copyOf(aliases);
    }

    public Mention withAliases(List<String> more) {
        return new Mention(relation, kind, name, more, evidence, rule, confidence, resourceKind);
    }

    /** Whether one of {@code mentions} already has {@code name}, spelled any way ({@link Names#key}): a rule adds each name once. */
    static boolean anyNamed(List<Mention> mentions, String name) {
        String key = Names.key(name);
        return mentions.stream().anyMatch(m -> Names.key(m.name()).equals(key));
    }

    /** The same fact about another entity, read from the same words: one of several models a sentence names together. */
    public Mention withName(String other, List<String> otherAliases) {
        return new Mention(relation, kind, other, otherAliases, evidence, rule, confidence, resourceKind);
    }

    /** This mention with {@code more} aliases after its own, each once. */
    public Mention withMoreAliases(java.util.Collection<String> more) {
        return withAliases(java.util.stream.Stream.concat(aliases.stream(), more.stream()).distinct().toList());
    }
}
