package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Named components of a proposed method: in a sentence about the paper's own method ("StepCoder consists
 * of two components: CCCS … FGO …", "X consists of … Y-Bottleneck for Rehearsal (HBR)"), further coined
 * names and acronym definitions are parts of the contribution.
 */
final class ComponentRule {

    static final String RULE = "component";

    private static final Pattern COMPONENT_CUE = Pattern.compile(
            "(?i)\\b(?:consist\\w*|compris\\w*|components?|modules?|stages?|composed of|made up of|two parts|key parts)\\b");
    private static final Pattern ALL_CAPS_NAME = Pattern.compile("(?<![\\w-])([A-Z][A-Z0-9]{2,7})(?![\\w-])");
    private static final Pattern OUR_METHOD = Pattern.compile("(?i)\\bour (?:\\w+ )?(?:approach|method|framework|model|system|pipeline|agent)\\b");
    /** "three core components: Feature Slicer, Operator Grouping, and Step Rehash." */
    private static final String ITEM = NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){0,3}";
    private static final String SEPARATOR = "(?:\\s*,\\s*(?:and\\s+)?|,?\\s+and\\s+)";
    private static final Pattern LISTED_COMPONENTS = Pattern.compile(
            "(?i:components?|modules?|stages?|parts?)\\s*:\\s*(" + ITEM + "(?:" + SEPARATOR + ITEM + ")+)");

    /** "an offline Entity-Relation Indexer that …", "a Hop Planner that …": a component named by capitalised words. */
    private static final Pattern ARTICLE_NAMED = Pattern.compile(
            "\\b(?:an?|the)\\s+(?:[a-z][a-z-]*\\s+){0,2}(" + NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){1,3})"
                    + "(?=\\s+(?:that|which|to|for|module|component|layer|block)\\b|\\s*[,;])");
    /** "…: AnyTile, an any-resolution tiling scheme …; ToMeX, a cross-tile …": a name set off by its description. */
    private static final Pattern DESCRIBED_ITEM = Pattern.compile(
            "(?:[:;]|,\\s+and)\\s*(" + NameShapes.NAME + ")\\s*,\\s+an?\\s");

    private ComponentRule() {
    }

    static List<Mention> apply(List<String> sentences, List<Mention> mentions, Predicate<String> known) {
        Set<String> proposed = mentions.stream()
                .filter(m -> m.relation() == Relation.PROPOSES)
                .map(m -> Names.key(m.name()))
                .collect(Collectors.toSet());
        List<Mention> found = new ArrayList<>();
        if (proposed.isEmpty()) {
            return found;
        }
        for (String sentence : sentences) {
            String sentenceKey = Names.key(sentence);
            boolean aboutOwnMethod = proposed.stream().anyMatch(sentenceKey::contains) || OUR_METHOD.matcher(sentence).find();
            if (!COMPONENT_CUE.matcher(sentence).find() || !aboutOwnMethod) {
                continue;
            }
            Matcher listed = LISTED_COMPONENTS.matcher(sentence);
            if (listed.find()) {
                for (String item : listed.group(1).split(SEPARATOR)) {
                    if (item.matches(ITEM) && !NameShapes.isOrdinary(item) && !item.matches("[A-Z]{1,2}")) {
                        add(found, proposed, known, item.strip(), List.of(), sentence, true);
                    }
                }
            }
            for (Pattern named : List.of(ARTICLE_NAMED, DESCRIBED_ITEM)) {
                Matcher item = named.matcher(sentence);
                while (item.find()) {
                    if (NameShapes.isCapitalisedPhrase(item.group(1))) {
                        add(found, proposed, known, item.group(1), List.of(), sentence, true);
                    }
                }
            }
            List<AcronymDefinitions.Definition> definitions = AcronymDefinitions.find(sentence);
            for (AcronymDefinitions.Definition d : definitions) {
                String before = sentence.substring(Math.max(0, d.start() - 30), d.start());
                if (!Cues.PRIOR_WORK_BEFORE.matcher(before).find() && d.longForm().chars().anyMatch(Character::isUpperCase)) {
                    add(found, proposed, known, d.shortForm(), List.of(d.longForm()), sentence, false);
                }
            }
            Matcher caps = ALL_CAPS_NAME.matcher(sentence);
            while (caps.find()) {
                int at = caps.start();
                boolean insideDefinition = definitions.stream().anyMatch(d -> at >= d.start() && at < d.end());
                if (!insideDefinition) {
                    add(found, proposed, known, caps.group(1), List.of(), sentence, false);
                }
            }
        }
        return found;
    }

    /** {@code listed}: named in a component list, where plain title-case names ("Step Rehash") count too. */
    private static void add(List<Mention> found, Set<String> proposed, Predicate<String> known, String name,
                            List<String> aliases, String sentence, boolean listed) {
        String key = Names.key(name);
        if (proposed.contains(key) || known.test(name) || (!listed && !NameShapes.isCoined(name)) || name.length() < 2
                || found.stream().anyMatch(m -> Names.key(m.name()).equals(key))
                || proposed.stream().anyMatch(p -> p.contains(key) && p.length() > key.length())) {
            return;
        }
        found.add(new Mention(Relation.PROPOSES, EntityKind.METHOD, name, aliases, sentence, RULE, 0.65, null));
    }
}
