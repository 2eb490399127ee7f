package io.papergraph.resolution;

import io.papergraph.corpus.PaperIds;
import io.papergraph.extraction.EntityKind;
import io.papergraph.extraction.Extraction;
import io.papergraph.extraction.Mention;
import io.papergraph.extraction.Names;
import io.papergraph.extraction.ResultMention;
import io.papergraph.extraction.Vocabulary;
import io.papergraph.extraction.VocabularyEntry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collapses the names papers use into canonical entities: vocabulary entries first (with all their
 * aliases), then names seen before in any spelling, case, hyphenation or plural. Ids are slugs of the
 * canonical name, so they are the same on every load of the same papers. Not thread-safe: one resolver
 * serves one load.
 */
public final class EntityResolver {

    private static final class Canonical {
        final EntityKind kind;
        final String id;
        final String name;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> expansions = new HashSet<>();
        String resourceKind;
        /** Used by a paper of this resolver (seeded entities only count once a paper names them). */
        boolean used;
        /** Used since the last {@link EntityResolver#drainUsed()}. */
        boolean pending;

        Canonical(EntityKind kind, String id, String name, String resourceKind) {
            this.kind = kind;
            this.id = id;
            this.name = name;
            this.resourceKind = resourceKind;
        }

        Entity snapshot() {
            return new Entity(kind, id, name, List.copyOf(aliases), resourceKind);
        }
    }

    private final Map<EntityKind, Map<String, VocabularyEntry>> vocabulary = new EnumMap<>(EntityKind.class);
    private final Map<String, VocabularyEntry> concepts = new HashMap<>();
    private final Map<EntityKind, Map<String, Canonical>> byKey = new EnumMap<>(EntityKind.class);
    private final Map<EntityKind, Map<String, Canonical>> byId = new EnumMap<>(EntityKind.class);
    private final Set<Broader> broader = new LinkedHashSet<>();

    public EntityResolver(Vocabulary vocabulary) {
        for (EntityKind kind : EntityKind.values()) {
            this.vocabulary.put(kind, new HashMap<>());
            byKey.put(kind, new HashMap<>());
            byId.put(kind, new LinkedHashMap<>());
        }
        vocabulary.byKind().forEach((kind, entries) -> entries.forEach(entry ->
                entry.names().forEach(n -> this.vocabulary.get(kind).putIfAbsent(Names.singularKey(n), entry))));
        vocabulary.concepts().forEach(c -> concepts.put(c.name(), c));
    }

    public ResolvedPaper resolve(Extraction extraction) {
        String paperId = extraction.paper().id();
        // Two names of one entity (an acronym and its long form) give one fact: the most confident one.
        Map<String, ResolvedFact> facts = new LinkedHashMap<>();
        for (Mention m : extraction.mentions()) {
            EntityKind kind = m.kind();
            Canonical entity = resolve(kind, m.name(), m.aliases(), m.resourceKind());
            ResolvedFact fact = new ResolvedFact(m.relation(), entity.id, kind, m.evidence(), m.rule(), m.confidence());
            facts.merge(m.relation() + "|" + kind + "|" + entity.id, fact, (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        List<ResolvedResult> results = new ArrayList<>();
        int index = 1;
        for (ResultMention r : extraction.results()) {
            String benchmarkId = r.benchmark() == null ? null : resolve(EntityKind.BENCHMARK, r.benchmark(), List.of(), null).id;
            String metricId = r.metric() == null ? null : resolve(EntityKind.METRIC, r.metric(), List.of(), null).id;
            results.add(new ResolvedResult(paperId + "--result-" + index++, r.value(), r.unit(), r.kind(), benchmarkId, r.benchmark(), metricId,
                    r.evidence(), r.rule(), r.confidence()));
        }
        return new ResolvedPaper(extraction.paper(), List.copyOf(facts.values()), results, extraction.codeUrls());
    }

    /**
     * Makes an entity already in the graph known, so that papers loaded later resolve to it under any of its
     * names instead of creating a variant beside it. It is not reported by {@link #entities()} until a paper uses it.
     */
    public void seed(Entity entity) {
        Canonical known = new Canonical(entity.kind(), entity.id(), entity.name(), entity.resourceKind());
        known.aliases.addAll(entity.aliases());
        byId.get(entity.kind()).putIfAbsent(entity.id(), known);
        Map<String, Canonical> keys = byKey.get(entity.kind());
        keys.putIfAbsent(Names.singularKey(entity.name()), known);
        entity.aliases().forEach(a -> keys.putIfAbsent(Names.singularKey(a), known));
        known.expansions.addAll(expansionKeys(known.name, List.copyOf(known.aliases)));
    }

    /** Every canonical entity the resolved papers use, per kind. */
    public List<Entity> entities() {
        return byId.values().stream().flatMap(m -> m.values().stream()).filter(c -> c.used).map(Canonical::snapshot).toList();
    }

    /** The entities used since the last call: what a load that writes in chunks must write for the next chunk. */
    public List<Entity> drainUsed() {
        List<Entity> out = new ArrayList<>();
        byId.values().forEach(m -> m.values().stream().filter(c -> c.pending).forEach(c -> {
            c.pending = false;
            out.add(c.snapshot());
        }));
        return out;
    }

    /** The taxonomy links among the concepts seen so far and their ancestors. */
    public Collection<Broader> broader() {
        return List.copyOf(broader);
    }

    private Canonical resolve(EntityKind kind, String name, List<String> aliases, String resourceKind) {
        VocabularyEntry known = vocabularyEntry(kind, name, aliases);
        if (known != null) {
            Canonical entity = canonical(kind, known.name(), known.kind() == EntityKind.BENCHMARK && known.category() != null ? known.category() : resourceKind, null);
            entity.aliases.addAll(known.aliases());
            addAliases(entity, name, aliases);
            if (kind == EntityKind.CONCEPT) {
                linkAncestors(known, new HashSet<>());
            }
            return use(entity);
        }
        Canonical existing = findExisting(kind, name, aliases);
        Canonical entity = existing != null ? existing
                : canonical(kind, name, resourceKind, expansionKeys(name, aliases).stream().sorted().findFirst().orElse(null));
        addAliases(entity, name, aliases);
        return use(entity);
    }

    private static Canonical use(Canonical entity) {
        entity.used = true;
        entity.pending = true;
        return entity;
    }

    private VocabularyEntry vocabularyEntry(EntityKind kind, String name, List<String> aliases) {
        Map<String, VocabularyEntry> entries = vocabulary.get(kind);
        VocabularyEntry entry = entries.get(Names.singularKey(name));
        if (entry == null) {
            entry = aliases.stream().map(a -> entries.get(Names.singularKey(a))).filter(e -> e != null).findFirst().orElse(null);
        }
        return entry;
    }

    /**
     * A name seen before is the same entity — unless both uses spell the name out and the expansions differ
     * ("ART" for two different methods): then they stay apart. A use whose name is itself the other's
     * expansion ("Universal Visual Decomposer" after "UVD (Universal Visual Decomposer)") is the same entity,
     * whatever other aliases it brings (a title's subtitle, say).
     */
    private Canonical findExisting(EntityKind kind, String name, List<String> aliases) {
        Canonical found = byKey.get(kind).get(Names.singularKey(name));
        if (found == null) {
            for (String alias : aliases) {
                found = byKey.get(kind).get(Names.singularKey(alias));
                if (found != null) {
                    break;
                }
            }
        }
        if (found == null) {
            return null;
        }
        Set<String> expansions = expansionKeys(name, aliases);
        boolean spelledOutAlike = found.expansions.contains(Names.singularKey(name)) || expansions.contains(Names.singularKey(found.name))
                || !java.util.Collections.disjoint(found.expansions, expansions);
        if (!found.expansions.isEmpty() && !expansions.isEmpty() && !spelledOutAlike) {
            return null;
        }
        return found;
    }

    private static Set<String> expansionKeys(String name, List<String> aliases) {
        Set<String> keys = new HashSet<>();
        for (String alias : aliases) {
            String key = Names.singularKey(alias);
            if (!key.equals(Names.singularKey(name)) && alias.contains(" ")) {
                keys.add(key);
            }
        }
        return keys;
    }

    /**
     * The entity with this canonical name, created on first sight. {@code disambiguator} (an expansion) is
     * given when an existing entity of the same name means something else; the id then gets a hash of it.
     */
    private Canonical canonical(EntityKind kind, String name, String resourceKind, String disambiguator) {
        Map<String, Canonical> ids = byId.get(kind);
        String id = PaperIds.slug(name);
        Canonical same = ids.get(id);
        if (same != null && disambiguator == null && Names.singularKey(same.name).equals(Names.singularKey(name))) {
            return same;
        }
        if (same != null) {
            id = id + "-" + PaperIds.shortHash(name + "|" + (disambiguator == null ? "" : disambiguator));
            if (ids.containsKey(id)) {
                return ids.get(id);
            }
        }
        Canonical entity = new Canonical(kind, id, name, resourceKind);
        ids.put(id, entity);
        byKey.get(kind).putIfAbsent(Names.singularKey(name), entity);
        return entity;
    }

    private void addAliases(Canonical entity, String name, List<String> aliases) {
        Map<String, Canonical> keys = byKey.get(entity.kind);
        for (String alias : concat(name, aliases)) {
            if (!alias.equals(entity.name) && !alias.isBlank()) {
                entity.aliases.add(alias);
            }
            keys.putIfAbsent(Names.singularKey(alias), entity);
        }
        entity.expansions.addAll(expansionKeys(entity.name, List.copyOf(entity.aliases)));
        entity.aliases.removeIf(a -> a.equals(entity.name));
    }

    private static List<String> concat(String name, List<String> aliases) {
        List<String> all = new ArrayList<>(aliases);
        all.add(0, name);
        return all;
    }

    private void linkAncestors(VocabularyEntry concept, Set<String> visited) {
        if (!visited.add(concept.name())) {
            return;
        }
        Canonical narrower = use(canonical(EntityKind.CONCEPT, concept.name(), null, null));
        narrower.aliases.addAll(concept.aliases());
        for (String parentName : concept.broader()) {
            VocabularyEntry parent = concepts.get(parentName);
            if (parent != null) {
                Canonical broaderEntity = use(canonical(EntityKind.CONCEPT, parent.name(), null, null));
                broaderEntity.aliases.addAll(parent.aliases());
                broader.add(new Broader(narrower.id, broaderEntity.id));
                linkAncestors(parent, visited);
            }
        }
    }
}
