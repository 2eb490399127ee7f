package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Merges what the rules found into one mention per relation and entity: the aliases a paper defines, a
 * variant's names pooled with its base name, a bare family dropped beside its versioned model.
 */
final class MentionMerger {

    private MentionMerger() {
    }

    private static final Pattern BARE_FAMILY_CONTINUES = Pattern.compile("[- \\d]");

    /**
     * "AlphaFold" beside "AlphaFold 2", "CLIP" beside "CLIP ViT-L/14": a bare family the paper also names by
     * version or size is that model, not another one; a family of the paper's own model ("Mixtral" beside a
     * proposed "Mixtral 8x7B") is not one it uses.
     */
    static List<Mention> withoutBareFamilies(List<Mention> mentions) {
        List<String> models = mentions.stream()
                .filter(m -> m.relation() == Relation.USES_MODEL || m.relation() == Relation.PROPOSES && !builtOnOwnName(m, mentions))
                .flatMap(m -> Stream.concat(Stream.of(m.name()), m.aliases().stream()))
                .map(n -> n.toLowerCase(java.util.Locale.ROOT)).toList();
        return mentions.stream().filter(m -> {
            if (m.relation() != Relation.USES_MODEL) {
                return true;
            }
            String name = m.name().toLowerCase(java.util.Locale.ROOT);
            // A family ends in a letter, and "SAM" is not the family of "SAMURAI": the longer name goes on with a space, a
            // hyphen or a digit. A version ("LLaMa2 models") the paper also names with a parameter count ("LLaMa2-70B") is
            // that sized model, not one more — not a model of its own beside a larger one ("GPT-2 and GPT-2 XL"), and
            // "Qwen2" is no version of "Qwen2.5".
            // "Mistral-7B" ends in a letter but is sized: beside "Mistral-7B-Instruct" it is the base model, another one.
            boolean family = !name.isEmpty() && Character.isLetter(name.charAt(name.length() - 1)) && !ENDS_IN_SIZE.matcher(name).find();
            boolean version = !name.isEmpty() && Character.isDigit(name.charAt(name.length() - 1));
            return !(family || version) || models.stream().noneMatch(other -> other.length() > name.length() && other.startsWith(name)
                    && (family ? BARE_FAMILY_CONTINUES : SIZE_CONTINUES).matcher(other.substring(name.length())).lookingAt()
                    && !(family && listedAsGenerations(m.evidence(), name, other)));
        }).toList();
    }

    private static final Pattern ENDS_IN_SIZE = Pattern.compile("[- ]" + ModelRule.SIZE + "$", Pattern.CASE_INSENSITIVE);

    /** "-2", "2", " 3": a generation of a family right after its name, not a size or variant. */
    private static final Pattern GENERATION_CONTINUES = Pattern.compile("-?\\s?(?!" + ModelRule.SIZE + ")\\d", Pattern.CASE_INSENSITIVE);

    /**
     * "the LLaMA and LLaMA2 model families", "on LLaMA and LLaMA-2": a bare family listed beside a later generation of
     * itself names the first generation, a model of its own.
     */
    private static boolean listedAsGenerations(String sentence, String family, String generation) {
        if (!GENERATION_CONTINUES.matcher(generation.substring(family.length())).lookingAt()) {
            return false;
        }
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(family) + Cues.ITEM_SEPARATOR + Pattern.quote(generation) + "(?![\\w-])")
                .matcher(lower).find();
    }

    /**
     * "Mistral-ORPO-α" beside a proposed ORPO: a model named after the paper's own method, trained from a family — which stays
     * a model the paper uses, not the family of a model it releases.
     */
    private static boolean builtOnOwnName(Mention proposal, List<Mention> mentions) {
        return mentions.stream().anyMatch(other -> other != proposal && other.relation() == Relation.PROPOSES
                && proposal.name().contains("-" + other.name()));
    }

    /** What a parameter count adds to a version: "-70B", " 7B". */
    private static final Pattern SIZE_CONTINUES = Pattern.compile("[- ]?" + ModelRule.SIZE, Pattern.CASE_INSENSITIVE);

    /** A resource noun in lower case and what follows it: " benchmark for Large Language Models". */
    private static final Pattern RESOURCE_NOUN_ONWARDS = Pattern.compile("(?<=\\p{Lu}\\S{0,40})\\s+(?:benchmark|dataset|suite|corpus)\\b.*$");
    /** What a long form says its name is for, after a capitalised word: " for merging GPT-scale models". */
    private static final Pattern PURPOSE_ONWARDS = Pattern.compile("(?<=\\p{Lu}\\S{0,40})\\s+(?:for|via|with)\\s+\\p{Ll}.*$");
    /** A generic kind noun in lower case after a capitalised word: "… Loss function", "… Search algorithm". */
    private static final Pattern KIND_NOUN_AT_END = Pattern.compile("(?<=\\p{Lu}\\S{0,40})\\s+(?:function|method|algorithm|framework|model|module|approach|technique)$");

    /** "Long Form (LF)" anywhere in the paper makes LF and Long Form aliases of each other. */
    static List<Mention> withDefinedAliases(List<Mention> mentions, List<AcronymDefinitions.Definition> definitions) {
        List<DefinedNames> defined = definitions.stream().map(DefinedNames::of).toList();
        List<Mention> out = new ArrayList<>();
        for (Mention mention : mentions) {
            Set<String> aliases = new LinkedHashSet<>(mention.aliases());
            String key = Names.key(mention.name());
            for (DefinedNames d : defined) {
                if (d.shortKey().equals(key)) {
                    aliases.add(d.definition().longForm());
                    d.withoutKind().ifPresent(aliases::add);
                } else if (d.longKeys().contains(key)) {
                    aliases.add(d.definition().shortForm());
                }
            }
            aliases.removeIf(a -> a.equals(mention.name()));
            out.add(mention.withAliases(List.copyOf(aliases)));
        }
        return out;
    }

    /** The keys a definition answers to, worked out once per paper, not once per mention. */
    private record DefinedNames(AcronymDefinitions.Definition definition, String shortKey, Set<String> longKeys, Optional<String> withoutKind) {

        static DefinedNames of(AcronymDefinitions.Definition d) {
            // "a novel Generalised Binary Cross-Entropy Loss function (gBCE)": the long form also without its kind noun.
            String withoutKind = KIND_NOUN_AT_END.matcher(d.longForm()).replaceFirst("");
            // "the Hallucination Evaluation benchmark for Large Language Models (HaluEval)": the name before the resource noun.
            String beforeResourceNoun = RESOURCE_NOUN_ONWARDS.matcher(d.longForm()).replaceFirst("");
            Set<String> longKeys = new HashSet<>(List.of(Names.key(d.longForm()), Names.key(withoutKind)));
            if (!beforeResourceNoun.equals(d.longForm())) {
                longKeys.add(Names.key(beforeResourceNoun));
            }
            // "Model Exclusive Task Arithmetic for merging GPT-scale models (MetaGPT)": the name before what it is for.
            String beforePurpose = PURPOSE_ONWARDS.matcher(d.longForm()).replaceFirst("");
            if (!beforePurpose.equals(d.longForm()) && beforePurpose.contains(" ")) {
                longKeys.add(Names.key(beforePurpose));
            }
            return new DefinedNames(d, Names.key(d.shortForm()), longKeys,
                    withoutKind.equals(d.longForm()) ? Optional.empty() : Optional.of(withoutKind));
        }
    }
    /**
     * "WizardMath-Mistral 7B": the model proposed, tuned from a base model (group 1, a family the vocabulary knows —
     * "ToRA-Code-34B" is a variant of its own), at a size.
     */
    private static final Pattern SIZE_ON_FAMILY_TAIL = Pattern.compile("[- ](\\p{Lu}[\\p{L}\\d.]*)[- ]" + ModelRule.SIZE + "$");
    /** What a name may add to another of the same relation and still name the same thing: a size, a split. */
    private static final Map<Relation, Pattern> ALIAS_TAILS = Map.of(
            // "MetaMath-7B", "OLMoE-1B-7B" (active and total).
            // "YOLOv10-S", "Soft MoE Huge/14", "RT-DETR-R50": a size letter or word, a patch size, a backbone's depth.
            Relation.PROPOSES, Pattern.compile("[- ](?:" + ModelRule.SIZE + "(?:-" + ModelRule.SIZE + ")?|(?:S|M|L|B|X|N|T|H|XL|XXL|R\\d{2,3}"
                    + "|Tiny|Small|Base|Large|Huge|Giant)(?:/\\d{1,2})?)$"),
            // "COCO test-dev"; "ImageNet 256x256": a split, or the resolution images are generated at.
            Relation.EVALUATED_ON, Pattern.compile("[- ](?:test-dev|test-std|test|valid|validation|val|dev|\\d{2,4}\\s?[x×]\\s?\\d{2,4})$"));

    /**
     * "we propose MetaMath … Our MetaMath-7B model achieves … MetaMath-70B achieves …": the sizes of a model the paper
     * proposes are that one model under other names, not more contributions ("phi-3-mini" and "Medusa-2", variants that
     * differ in more than their size, stay their own); "on COCO … (58.7 box AP on COCO test-dev)": a split of a benchmark
     * it is evaluated on is that benchmark.
     */
    static List<Mention> withVariantNamesAsAliases(java.util.function.Predicate<String> family, java.util.function.Predicate<String> knownBenchmark,
                                                   List<Mention> mentions) {
        Set<String> named = mentions.stream().filter(m -> ALIAS_TAILS.containsKey(m.relation()))
                .map(m -> m.relation() + "|" + Names.key(m.name())).collect(java.util.stream.Collectors.toCollection(HashSet::new));
        Map<String, List<String>> variants = new HashMap<>();
        List<Mention> kept = new ArrayList<>();
        for (Mention m : mentions) {
            Matcher tail = ALIAS_TAILS.containsKey(m.relation()) ? ALIAS_TAILS.get(m.relation()).matcher(m.name()) : null;
            Matcher onFamily = m.relation() == Relation.PROPOSES ? SIZE_ON_FAMILY_TAIL.matcher(m.name()) : null;
            int cut = onFamily != null && onFamily.find() && family.test(onFamily.group(1)) ? onFamily.start()
                    : tail != null && tail.find() ? tail.start() : -1;
            String base = cut >= 0 ? m.relation() + "|" + Names.key(m.name().substring(0, cut)) : null;
            if (base != null && !named.contains(base) && m.relation() == Relation.EVALUATED_ON && knownBenchmark.test(m.name().substring(0, cut))) {
                // "58.5% AP on COCO val" with COCO named nowhere else: the benchmark, its split an alias; a second split ("COCO
                // test-dev") then joins it as a variant.
                List<String> aliases = new ArrayList<>(m.aliases());
                aliases.add(0, m.name());
                kept.add(new Mention(m.relation(), m.kind(), m.name().substring(0, cut), aliases, m.evidence(), m.rule(), m.confidence(), m.resourceKind()));
                named.add(base);
            } else if (base != null && named.contains(base)) {
                List<String> names = variants.computeIfAbsent(base, k -> new ArrayList<>());
                names.add(m.name());
                names.addAll(m.aliases());
            } else {
                kept.add(m);
            }
        }
        return variants.isEmpty() ? kept : kept.stream()
                .map(m -> {
                    List<String> more = variants.get(m.relation() + "|" + Names.key(m.name()));
                    return more == null ? m : m.withMoreAliases(more);
                })
                .toList();
    }

    /**
     * One mention per relation and name: the most confident evidence wins, aliases are pooled. A name the
     * paper proposes or introduces is not also something it compares with.
     */
    static List<Mention> merge(List<Mention> mentions, java.util.function.Function<String, Set<String>> sameEntity) {
        Map<String, Mention> byKey = new LinkedHashMap<>();
        Set<String> contributed = new HashSet<>();
        Map<String, Double> introduced = new HashMap<>();
        Map<String, Double> proposed = new HashMap<>();
        for (Mention m : mentions) {
            if (m.relation() == Relation.PROPOSES || m.relation() == Relation.INTRODUCES) {
                // "EGNNs" proposed is the "EGNN" the vocabulary knows: singular keys too.
                Stream.concat(Stream.of(m.name()), m.aliases().stream()).forEach(a -> {
                    contributed.add(Names.key(a));
                    contributed.add(Names.singularKey(a));
                });
            }
            if (m.relation() == Relation.INTRODUCES) {
                // Only a title's suggestion ("X: Benchmarking …") can be outweighed by the abstract.
                introduced.merge(Names.key(m.name()), m.rule().equals(TitleHeadRule.RULE) ? m.confidence() : 1.0, Math::max);
            }
            if (m.relation() == Relation.PROPOSES) {
                proposed.merge(Names.key(m.name()), m.confidence(), Math::max);
            }
        }
        // A name introduced as a benchmark or dataset is not also a proposed method — unless the introduction was
        // only inferred ("WebWalker: Benchmarking LLMs …") and the abstract proposes it in so many words.
        Set<String> methodsOverResources = new HashSet<>();
        proposed.forEach((key, confidence) -> {
            if (introduced.containsKey(key) && introduced.get(key) < confidence) {
                methodsOverResources.add(key);
            }
        });
        methodsOverResources.forEach(introduced::remove);
        List<Mention> proposals = mentions.stream().filter(m -> m.relation() == Relation.PROPOSES).toList();
        for (Mention m : mentions) {
            String name = Names.key(m.name());
            if ((m.relation() == Relation.COMPARES_WITH && InsideOwnNames.insideOwnName(m, proposals))
                    || (m.relation() == Relation.USES_MODEL && InsideOwnNames.onlyInsideOwnName(m, proposals))) {
                continue;
            }
            // "a new language representation model called BERT, which stands for Bidirectional Encoder …": the
            // paper's own model under any of its names is not one it uses.
            if ((m.relation() == Relation.COMPARES_WITH || m.relation() == Relation.USES_MODEL)
                    && (sameEntity.apply(name).stream().anyMatch(contributed::contains)
                        // "the grounding ability of Qwen-VLs" of a proposed Qwen-VL: the paper's own models, in the plural.
                        || m.relation() == Relation.USES_MODEL && contributed.contains(Names.singularOfKey(name))
                        || m.aliases().stream().flatMap(a -> Stream.of(Names.key(a), Names.singularKey(a))).anyMatch(contributed::contains))) {
                continue;
            }
            // A name introduced as a benchmark or dataset anywhere in the paper is not also a proposed method;
            // a method the paper proposes is not something it is evaluated on.
            if ((m.relation() == Relation.PROPOSES && keys(m).anyMatch(introduced::containsKey))
                    || (m.relation() == Relation.INTRODUCES && methodsOverResources.contains(name))
                    || (m.relation() == Relation.EVALUATED_ON && proposed.containsKey(name) && !introduced.containsKey(name))) {
                continue;
            }
            byKey.merge(m.relation() + "|" + name, m, (a, b) -> pooled(a, b, false));
        }
        // Again until nothing merges: A{a} and B{b} become one only through a C{a, b} met after both.
        List<Mention> merged = List.copyOf(byKey.values());
        for (List<Mention> fewer = oneMentionPerEntity(merged); fewer.size() < merged.size(); fewer = oneMentionPerEntity(merged)) {
            merged = fewer;
        }
        return merged;
    }

    static Stream<String> keys(Mention m) {
        return Stream.concat(Stream.of(m.name()), m.aliases().stream()).map(Names::key).filter(k -> !k.isEmpty());
    }

    /**
     * "we introduce Benchmarking-IR (BEIR), … on the BEIR benchmark": mentions of one relation that share a name or an
     * alias are one entity, named by the most confident of them.
     */
    private static List<Mention> oneMentionPerEntity(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            Set<String> mKeys = keys(m).collect(java.util.stream.Collectors.toSet());
            int same = -1;
            for (int i = 0; i < out.size() && same < 0; i++) {
                if (out.get(i).relation() == m.relation() && (keys(out.get(i)).anyMatch(mKeys::contains) || sameContribution(out.get(i), m))) {
                    same = i;
                }
            }
            if (same < 0) {
                out.add(m);
                continue;
            }
            out.set(same, pooled(out.get(same), m, true));
        }
        return out;
    }

    /** A kind written after a contribution's name: "Lookaround Optimizer" is the Lookaround the abstract proposes. */
    private static final Pattern KIND_AFTER_NAME = Pattern.compile(
            "(?i)\\s+(?:optimi[sz]ers?|models?|frameworks?|methods?|networks?|agents?|algorithms?|architectures?|systems?|approach)$");

    /**
     * The paper's own contribution under two of its names, which share no spelling: the title's "Consistency Trajectory
     * Models" and the abstract's "CTM" (its initials), "Brainformers" and "Brainformer" (the plural), "Lookaround Optimizer"
     * and "Lookaround" (the name with its kind), "Arcee's MergeKit" and "MergeKit" (its maker's name before it). Only for
     * what the paper proposes or introduces: one paper does not name two of its own contributions alike.
     */
    private static boolean sameContribution(Mention a, Mention b) {
        if (a.relation() != Relation.PROPOSES && a.relation() != Relation.INTRODUCES) {
            return false;
        }
        List<String> aNames = Stream.concat(Stream.of(a.name()), a.aliases().stream()).toList();
        List<String> bNames = Stream.concat(Stream.of(b.name()), b.aliases().stream()).toList();
        for (String x : aNames) {
            for (String y : bNames) {
                if (Names.singularKey(withoutOwner(x)).equals(Names.singularKey(withoutOwner(y))) || initialsOf(x, y) || initialsOf(y, x)
                        || withKind(x, y) || withKind(y, x)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern OWNER = Pattern.compile("^\\S+['\u2019]s\\s+(?=\\S)");

    /** "Arcee's MergeKit" is MergeKit: the maker's name set before the contribution's. */
    private static String withoutOwner(String name) {
        return OWNER.matcher(name).replaceFirst("");
    }

    /** "CTM" of "Consistency Trajectory Models", "SoA" of "Self-Organized Agents": every word's first letter, in order. */
    private static boolean initialsOf(String shortName, String longName) {
        String letters = shortName.replaceFirst("s$", "");
        return !shortName.contains(" ") && (longName.contains(" ") || longName.contains("-"))
                && letters.chars().filter(Character::isUpperCase).count() >= 2
                && letters.toLowerCase(Locale.ROOT).equals(AcronymDefinitions.initials(longName));
    }

    private static boolean withKind(String name, String longer) {
        Matcher kind = KIND_AFTER_NAME.matcher(longer);
        return kind.find() && Names.key(longer.substring(0, kind.start())).equals(Names.key(name));
    }

    /**
     * Two mentions of one entity as one: the more confident (the first on a tie) with the aliases of both — and, when
     * they go by different names ({@code withNames}), the other's name.
     */
    private static Mention pooled(Mention a, Mention b, boolean withNames) {
        Mention best = a.confidence() >= b.confidence() ? a : b;
        Set<String> aliases = new LinkedHashSet<>();
        for (Mention m : List.of(a, b)) {
            if (withNames) {
                aliases.add(m.name());
            }
            aliases.addAll(m.aliases());
        }
        aliases.remove(best.name());
        return best.withAliases(List.copyOf(aliases));
    }
}
