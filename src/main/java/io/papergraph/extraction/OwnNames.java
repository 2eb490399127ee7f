package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The paper's own names and what follows from them: sizes and variants of a proposed model are proposals too, an
 * earlier version of it is compared with, a model its name builds on is compared with as well as used.
 */
final class OwnNames {

    private OwnNames() {
    }

    /** "The AI Scientist-v2": an article before the name is no part of it. */
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i:the)\\s+");
    /** "AS-ES Learning", "Ada-K Routing", "Omni-router Transformer", "Eeg-Defender for LLMs": the name with the kind it is. */
    private static final Pattern KIND_WRITTEN_ON = Pattern.compile(
            "\\s+(?i:learning|routing|transformer|framework|method|model|algorithm|for\\s+(?:LLMs|large\\s+language\\s+models))$");

    /** The name as any of its spellings reads: "Würstchen" as "Wuerstchen", "The AI Scientist-v2" as "AI Scientist-v2". */
    private static String spellingKey(String name) {
        String transliterated = name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
                .replace("Ü", "Ue").replace("ß", "ss");
        return Names.key(KIND_WRITTEN_ON.matcher(LEADING_ARTICLE.matcher(transliterated).replaceFirst("")).replaceFirst(""));
    }

    /**
     * "Wuerstchen: An Efficient Architecture …" with "We introduce Würstchen, …", "AS-ES Learning: …" with "we propose a new
     * training paradigm AS-ES", "The AI Scientist-v2: …" with "We introduce The AI Scientist-v2": the title's contribution
     * spelled another way in the abstract — transliterated, without its article, or without the kind of method it is — is
     * one entity, the abstract's spelling an alias of the title's.
     */
    static List<Mention> withTitleHeadSpellings(List<Mention> mentions) {
        Optional<Mention> head = mentions.stream()
                .filter(m -> m.relation() == Relation.PROPOSES && TitleHeadRule.RULE.equals(m.rule()))
                .findFirst();
        if (head.isEmpty()) {
            return mentions;
        }
        String key = spellingKey(head.get().name());
        List<Mention> respelled = mentions.stream()
                // Only another spelling: the same name is the merger's to join, with all it knows of the name.
                .filter(m -> m != head.get() && m.relation() == Relation.PROPOSES && spellingKey(m.name()).equals(key)
                        && !Names.key(m.name()).equals(Names.key(head.get().name())))
                .toList();
        if (respelled.isEmpty() || key.length() < 3) {
            return mentions;
        }
        Mention h = head.get();
        List<Mention> out = new ArrayList<>(mentions);
        out.removeAll(respelled);
        out.set(out.indexOf(h), h.withMoreAliases(respelled.stream()
                .flatMap(m -> Stream.concat(Stream.of(m.name()), m.aliases().stream())).toList()));
        return out;
    }

    /**
     * "RT-1: Robotics Transformer for Real-World Control at Scale" with "we present a model class, dubbed Robotics
     * Transformer": what the abstract proposes under the title's long form, cut before its preposition, is the title's
     * contribution under another name — one entity, the abstract's name an alias of the title's.
     */
    static List<Mention> withTitleLongFormNamed(List<Mention> mentions) {
        Optional<Mention> head = mentions.stream()
                .filter(m -> m.relation() == Relation.PROPOSES && TitleHeadRule.RULE.equals(m.rule()) && !m.aliases().isEmpty())
                .findFirst();
        Optional<String> cut = head.flatMap(h -> TitleHeadRule.longFormBeforePreposition(h.aliases().get(h.aliases().size() - 1)))
                // "LISA: Reasoning Segmentation via …": a cut long form the name does not abbreviate is a second contribution.
                .filter(longForm -> AcronymDefinitions.matches(head.get().name().replaceAll("\\d", "").toLowerCase(Locale.ROOT),
                        longForm.toLowerCase(Locale.ROOT)));
        if (cut.isEmpty()) {
            return mentions;
        }
        String key = Names.key(cut.get());
        List<Mention> renamed = mentions.stream()
                .filter(m -> m != head.get() && m.relation() == Relation.PROPOSES && Names.key(m.name()).equals(key))
                .toList();
        if (renamed.isEmpty()) {
            return mentions;
        }
        Mention h = head.get();
        List<String> aliases = new ArrayList<>(h.aliases());
        aliases.add(renamed.get(0).name());
        List<Mention> out = new ArrayList<>(mentions);
        out.removeAll(renamed);
        out.set(out.indexOf(h), new Mention(h.relation(), h.kind(), h.name(), aliases, h.evidence(), h.rule(), h.confidence(), h.resourceKind()));
        return out;
    }

    /**
     * "we trained an evaluation model that … is more reliable than GPT-4", "Our baseline model is also comparable to
     * Mistral-7B", "We achieve a 66% solve rate compared to 29% by GPT-4": what a resource paper builds or achieves itself is
     * set against the model. Not its findings about the models it ranks ("Our results show that Claude surpasses GPT-4o",
     * "we evaluate 20 LLMs and find that …"), nor a first person of an earlier clause ("… with findings: GPT-4 is …").
     */
    private static final Pattern OWN_WORK_IN_CLAUSE = Pattern.compile("(?i)\\b(?:our\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:model|judge|verifier|classifier|evaluator|critic|baseline|system|method|approach|agent|metric|detector|policy)s?"
            + "|we\\s+(?:\\w+\\s+){0,2}?(?:train|trained|fine-tune|fine-tuned|finetune|finetuned|build|built|achieve|achieved|obtain|obtained))\\b");

    private static boolean comparedWithOwnWork(Mention model, List<Mention> introduced) {
        String sentence = model.evidence();
        Matcher written = NameShapes.wholeWord(model.name()).matcher(sentence);
        while (written.find()) {
            int at = written.start();
            int clause = Math.max(sentence.lastIndexOf(':', at), sentence.lastIndexOf(';', at)) + 1;
            if (OWN_WORK_IN_CLAUSE.matcher(sentence).region(clause, at).find() || trainedOnOwnResource(sentence.substring(clause, at), introduced)) {
                return true;
            }
        }
        return false;
    }

    /** "KodCode-tuned models … surpassing …", "fine-tuning on API Pack enables open-source models to outperform …": models trained on the paper's own data. */
    private static boolean trainedOnOwnResource(String clause, List<Mention> introduced) {
        return introduced.stream().anyMatch(resource -> {
            String name = Pattern.quote(resource.name());
            return Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + name + "-(?:tuned|trained|finetuned|fine-tuned)\\b"
                    + "|\\b(?:tun(?:ed|ing)|train(?:ed|ing))\\s+on\\s+(?:the\\s+)?" + name + "(?![\\p{L}\\p{N}])").matcher(clause).find();
        });
    }

    /** "LongHaul-Lite" of a LongHaul benchmark is one; "ShareGPT4V-7B", trained on the ShareGPT4V data, is a model. */
    private static boolean isVariantOfResource(String name, Mention resource) {
        return name.startsWith(resource.name() + "-") && !ModelRule.endsInParameterCount(name);
    }

    /** "we introduce Emilia-Pipe, an open-source preprocessing pipeline …": named like the resource, described as a method. */
    private static boolean describedAsMethod(Mention proposal) {
        int at = proposal.evidence().indexOf(proposal.name());
        return at >= 0 && ResourceKinds.methodNounNear(proposal.evidence(), at, at + proposal.name().length());
    }

    /**
     * Variants of what the paper contributes are contributions too: "LongHaul-Lite" of an introduced LongHaul is
     * introduced (not proposed); "Mamba-3B" of a proposed Mamba is proposed too, not a model the paper uses.
     */

    static List<Mention> withVariantsOfContributions(List<Mention> mentions) {
        List<Mention> introduced = mentions.stream().filter(m -> m.relation() == Relation.INTRODUCES).toList();
        // "LongHaul-Lite" of an introduced LongHaul is introduced below, not proposed.
        List<String> proposed = mentions.stream().filter(m -> m.relation() == Relation.PROPOSES)
                .filter(m -> describedAsMethod(m) || introduced.stream().noneMatch(i -> isVariantOfResource(m.name(), i)))
                .map(Mention::name).toList();
        boolean benchmarkPaper = proposed.isEmpty() && !introduced.isEmpty();
        List<Mention> out = new ArrayList<>();
        // Other names of a proposal, its aliases: a short form ("Mistral 7B" of "Mistral 7B v0.1"), another size ("GritLM 8x7B").
        Map<String, List<String>> otherNames = new HashMap<>();
        for (Mention m : mentions) {
            // Only a release after it ("Mistral 7B v0.1"): "CLIP" is no short name of a proposed "CLIP Surgery".
            Optional<String> shortened = m.relation() == Relation.USES_MODEL
                    ? proposed.stream().filter(p -> p.startsWith(m.name() + " ") && RELEASE_TAIL.matcher(p.substring(m.name().length() + 1)).matches())
                            .findFirst() : Optional.empty();
            if (shortened.isPresent()) {
                // "We introduce Mistral 7B v0.1 … Mistral 7B outperforms Llama 2 13B": the paper's own model, named short.
                otherNames.computeIfAbsent(shortened.get(), k -> new ArrayList<>()).add(m.name());
                continue;
            }
            if (m.relation() == Relation.PROPOSES) {
                Optional<Mention> base = describedAsMethod(m) ? Optional.empty()
                        : introduced.stream().filter(i -> isVariantOfResource(m.name(), i)).findFirst();
                if (base.isPresent()) {
                    out.add(new Mention(Relation.INTRODUCES, EntityKind.BENCHMARK, m.name(), m.aliases(), m.evidence(), m.rule(),
                            m.confidence(), base.get().resourceKind()));
                    continue;
                }
            }
            // "GritLM 8x7B" beside the paper's "GritLM 7B": its own model in another size, another name of it.
            Optional<String> sized = m.relation() == Relation.USES_MODEL || m.relation() == Relation.COMPARES_WITH
                    ? proposed.stream().filter(p -> otherSizeOf(m.name(), p)).findFirst() : Optional.empty();
            if (sized.isPresent()) {
                otherNames.computeIfAbsent(sized.get(), k -> new ArrayList<>()).add(m.name());
                continue;
            }
            boolean ownVariant = (m.relation() == Relation.USES_MODEL || m.relation() == Relation.COMPARES_WITH)
                    && proposed.stream().anyMatch(p -> variantNameOf(m.name(), p)
                            || m.name().matches(Pattern.quote(p) + " \\d+(?:\\.\\d+)?[BMbm]")
                            // "QPiSSA (PiSSA with 4-bit quantization)": a letter put before the paper's own name.
                            || p.length() >= 4 && m.name().matches("\\p{Lu}" + Pattern.quote(p)));
            boolean predecessor = !ownVariant && m.relation() == Relation.USES_MODEL && m.kind() == EntityKind.MODEL
                    && proposed.stream().anyMatch(p -> isPredecessor(m.name(), p));
            if (predecessor) {
                // "an upgrade of the previous Qwen-VL models", "the one used for phi-2": an earlier version of the
                // paper's own model is what it improves on, not a model it uses.
                out.add(new Mention(Relation.COMPARES_WITH, EntityKind.MODEL, m.name(), m.aliases(), m.evidence(), RULE_PREDECESSOR,
                        m.confidence(), null));
            } else if (ownVariant) {
                // "phi-3-mini" of a proposed Phi-3, "Mamba-3B" of Mamba: sizes and variants of the paper's own model.
                out.add(new Mention(Relation.PROPOSES, EntityKind.METHOD, m.name(), m.aliases(), m.evidence(), m.rule(), m.confidence(), null));
            } else if (benchmarkPaper && m.relation() == Relation.COMPARES_WITH && m.kind() == EntityKind.MODEL
                    && !comparedWithOwnWork(m, introduced)) {
                // A benchmark paper ranks the models it evaluates; it has no method of its own to compare with them.
                out.add(new Mention(Relation.USES_MODEL, EntityKind.MODEL, m.name(), m.aliases(), m.evidence(), m.rule(), m.confidence(), null));
            } else {
                out.add(m);
            }
        }
        return out.stream().map(m -> m.relation() != Relation.PROPOSES || !otherNames.containsKey(m.name()) ? m
                : m.withMoreAliases(otherNames.get(m.name()))).toList();
    }

    /**
     * "… with AlphaFold 3" in the title and "Here we describe our AlphaFold 3 model" in the abstract: a known model's
     * new version that the paper names in its title and calls its own is proposed, not used.
     */
    static List<Mention> ownModelsOfTitle(String title, List<Mention> mentions) {
        String titleKey = Names.key(title);
        return mentions.stream().map(m -> {
            if (m.relation() != Relation.USES_MODEL || !titleKey.contains(Names.key(m.name()))) {
                return m;
            }
            Matcher own = OUR_MODEL.matcher(m.evidence());
            while (own.find()) {
                if (own.group(1).equals(m.name())) {
                    return new Mention(Relation.PROPOSES, EntityKind.METHOD, m.name(), m.aliases(), m.evidence(), RULE_OWN_MODEL, 0.75, null);
                }
            }
            return m;
        }).toList();
    }

    /**
     * A name read as a model from its shape alone ("Foo-7B") that begins with a name the paper proposes ("MagicoderS-CL-7B"
     * of "Magicoder") is the paper's own model, not one it uses (its sizes become aliases of the proposal later, as for
     * "Magicoder-7B").
     */
    static List<Mention> ownNamesShapedAsModels(List<Mention> mentions) {
        List<String> ownKeys = mentions.stream().filter(m -> m.relation() == Relation.PROPOSES)
                .map(m -> Names.key(m.name())).filter(key -> key.length() >= 4).toList();
        return mentions.stream().map(m -> {
            if (m.relation() != Relation.USES_MODEL || !ModelRule.RULE_SHAPED.equals(m.rule())) {
                return m;
            }
            String key = Names.key(m.name());
            return ownKeys.stream().anyMatch(key::startsWith)
                    ? new Mention(Relation.PROPOSES, EntityKind.METHOD, m.name(), m.aliases(), m.evidence(), RULE_OWN_MODEL, 0.6, null)
                    : m;
        }).toList();
    }

    static final String RULE_OWN_MODEL = "own-model";
    static final String RULE_OWN_VARIANT = "own-variant";
    static final String RULE_FAMILY_TRAINED_WITH_OWN = "family-trained-with-own";
    /** Words that name a variant on their own: "phi-3-mini", "Foo-large", "Foo-instruct". */
    private static final String NAMED_VARIANT_WORD = "mini|small|medium|large|base|lite|tiny|pro|plus|instruct|chat";
    /**
     * "-7B", "-mini", "-v1.5", "-chain": what names a variant of the paper's own name. Not a word that says how something else
     * relates to the name ("Foo-based", "Foo-generated data", "Foo-aware"), a part or product of it ("Foo-encoder",
     * "Foo-data"), a dash standing for a pause ("Foo-a simple …", "Foo-which …"); not a letter or a family's name ("TTM-A",
     * "Foo-Mistral"), which annotators read as the same contribution named by its parts; nor a path or an address.
     */
    private static final String VARIANT_TAIL = "-(?:\\d+(?:\\.\\d+)?[BbMmKk]?|(?i:" + NAMED_VARIANT_WORD + ")|[vV]\\d+(?:\\.\\d+)*"
            // a modifier ("-based", "-style") or another adjective ("-agnostic", "-efficient")
            + "|(?!(?:" + Cues.MODIFIER_SUFFIXES + "|[a-z]*(?:ing|ive|able|ible|al|ic|ous|less|ful|agnostic|dependent|ready|friendly|time|proof|type|heavy"
            + "|compliant|consistent|efficient)"
            // a pause ("Foo-which …") or a part or product of the method
            + "|an?|the|our|its|this|which|that|and|or|we|encoder|decoder|score|loss|init|block|attention|token|layer|head|module|data|dataset|benchmark|model|team|code|feedback|reward|policy"
            + "|retriever|generator|planner|distillation|plan|exec|prompt|agent|trace|response|summary|embedding|feature|prediction|annotation|output|input"
            // a plural names what the method makes or holds ("Orca-traces", "Medusa-heads")
            + "|\\p{Ll}{3,}s)(?![\\p{L}\\p{N}]))\\p{Ll}+)"
            + "(?![\\p{L}\\p{N}-]|[./_@][\\p{L}\\p{N}])";

    /** "VideoMAE V2", "Foo-2", "Foo++": the paper's own name, a version of an earlier name (group 1). */
    private static final Pattern VERSION_OF_EARLIER = Pattern.compile("(\\p{Lu}[\\p{L}\\p{N}-]*?\\p{L})(?:\\s?[Vv]\\d+(?:\\.\\d+)?|[\\s-]\\d+(?:\\.\\d+)?|\\+\\+)");

    /**
     * "VideoMAE V2: …" with "We scale the VideoMAE in both model and data": the earlier version of the paper's own method, named on
     * its own in the abstract, is what the paper improves on — compared with, whether or not the vocabulary knows it.
     */
    static List<Mention> predecessorsOfOwnNames(List<String> sentences, List<Mention> mentions) {
        List<String> ownNames = mentions.stream().filter(m -> m.relation() == Relation.PROPOSES)
                .flatMap(m -> Stream.concat(Stream.of(m.name()), m.aliases().stream())).toList();
        Set<String> named = mentions.stream().map(m -> Names.key(m.name())).collect(java.util.stream.Collectors.toSet());
        List<Mention> found = new ArrayList<>();
        for (String own : ownNames) {
            Matcher versioned = VERSION_OF_EARLIER.matcher(own);
            if (!versioned.matches() || versioned.group(1).length() < 3 || !NameShapes.isCoined(versioned.group(1))) {
                continue;
            }
            found.addAll(earlierVersions(sentences, own, versioned.group(1), named));
            if (!named.add(Names.key(versioned.group(1)))) {
                continue;
            }
            // Alone: not "OWL" of "OWL-ST", another name built on it.
            Pattern earlier = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(versioned.group(1)) + "(?![\\p{L}\\p{N}]|-\\w)");
            sentences.stream().filter(s -> earlier.matcher(InsideOwnNames.withoutOwnNames(s, ownNames)).find()).findFirst()
                    .ifPresent(s -> found.add(new Mention(Relation.COMPARES_WITH, EntityKind.METHOD, versioned.group(1), List.of(), s,
                            RULE_PREDECESSOR, 0.6, null)));
        }
        return found;
    }

    /** Versions compared part by part: 1.9 comes before 1.10. */
    static boolean isEarlierVersion(String version, String than) {
        String[] a = version.split("\\."), b = than.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? Integer.parseInt(a[i]) : 0, y = i < b.length ? Integer.parseInt(b[i]) : 0;
            if (x != y) {
                return x < y;
            }
        }
        return false;
    }

    private static final Pattern VERSION_NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)$");

    /** "FlashAttention-3" with "FlashAttention-2 achieving only 35% utilization": a lower version of the paper's own name is improved on. */
    private static List<Mention> earlierVersions(List<String> sentences, String own, String stem, Set<String> named) {
        Matcher ownVersion = VERSION_NUMBER.matcher(own);
        if (!ownVersion.find()) {
            return List.of();
        }
        // After a space, not a count: "FooNet 1 epoch faster".
        String end = "(?![\\p{L}\\p{N}]|[.-]\\w)";
        Pattern versionOfStem = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(stem)
                + "(?:(?:-|\\s?[Vv])?(\\d+(?:\\.\\d+)?)" + end + "|\\s(\\d+(?:\\.\\d+)?)" + end + "(?!\\s+\\p{Ll}))");
        List<Mention> found = new ArrayList<>();
        for (String sentence : sentences) {
            Matcher m = versionOfStem.matcher(sentence);
            while (m.find()) {
                String number = m.group(1) != null ? m.group(1) : m.group(2);
                if (isEarlierVersion(number, ownVersion.group(1)) && named.add(Names.key(m.group()))) {
                    found.add(new Mention(Relation.COMPARES_WITH, EntityKind.METHOD, m.group(), List.of(), sentence, RULE_PREDECESSOR, 0.6, null));
                }
            }
        }
        return found;
    }

    static final String RULE_NAMED_AFTER_MODEL = "own-name-builds-on-model";

    /**
     * "EVA-CLIP", "Vision Mamba", "HQ-SAM": the paper's own name ends in the name of a model it uses, which its method builds
     * on — compared with as well as used. Not "Mistral-ORPO" or "Qwen2.5-Coder", a model the paper trains, named from it first.
     */
    static List<Mention> modelsOwnNamesBuildOn(List<Mention> mentions) {
        List<Mention> own = mentions.stream().filter(m -> m.relation() == Relation.PROPOSES).toList();
        List<Mention> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Mention model : mentions) {
            if (model.relation() != Relation.USES_MODEL || !seen.add(model.name())) {
                continue;
            }
            own.stream().filter(o -> endsInPartNamed(o.name(), model.name())).findFirst()
                    .ifPresent(o -> found.add(new Mention(Relation.COMPARES_WITH, EntityKind.MODEL, model.name(), model.aliases(), model.evidence(),
                            RULE_NAMED_AFTER_MODEL, 0.6, null)));
        }
        return found;
    }

    /** "HQ-SAM" ends in "SAM", "Vision Mamba" in "Mamba": the last part after a hyphen or a space, with something before it. */
    private static boolean endsInPartNamed(String name, String part) {
        int cut = name.length() - part.length() - 1;
        return cut > 0 && name.endsWith(part) && (name.charAt(cut) == '-' || name.charAt(cut) == ' ') && !Character.isWhitespace(name.charAt(cut - 1));
    }

    /**
     * "Medusa-1: Medusa is fine-tuned on top of a frozen backbone …", "called phi-3-small and phi-3-medium": numbered or
     * sized variants of a name the paper proposes are its contributions too, wherever the abstract names them; so is a known
     * family's model trained with the paper's method and named after it ("checkpoints for Mistral-ORPO-α (7B)").
     */
    static List<Mention> ownVariants(List<String> sentences, List<Mention> mentions, java.util.function.Predicate<String> family) {
        List<Mention> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // Cheap test first: a sentence that does not hold the name, in any case, holds no variant of it.
        List<String> lowerCase = sentences.stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList();
        mentions.stream().filter(m -> m.relation() == Relation.PROPOSES).map(Mention::name)
                .filter(name -> name.length() >= 3 && !name.contains(" ")).distinct()
                .forEach(name -> {
                    String lowerName = name.toLowerCase(java.util.Locale.ROOT);
                    if (lowerCase.stream().noneMatch(l -> l.contains(lowerName))) {
                        return;
                    }
                    // "STEP" matches no "step-size": a name in capitals only as written.
                    String own = name.chars().anyMatch(Character::isLowerCase) ? "(?i:" + Pattern.quote(name) + ")" : Pattern.quote(name);
                    Pattern variant = Pattern.compile("(?<![\\p{L}\\p{N}/._-])" + own + VARIANT_TAIL
                            + "|(?<![\\p{L}\\p{N}-])(\\p{Lu}[\\p{L}\\p{N}]*)-" + Pattern.quote(name) + "(?:-[\\p{L}\\p{N}]+)?(?![\\p{L}\\p{N}]|-\\w)");
                    for (int i = 0; i < sentences.size(); i++) {
                        if (!lowerCase.get(i).contains(lowerName)) {
                            continue;
                        }
                        String sentence = sentences.get(i);
                        Matcher m = variant.matcher(sentence);
                        while (m.find()) {
                            if ((m.group(1) == null || family.test(m.group(1))) && seen.add(Names.key(m.group()))) {
                                found.add(new Mention(Relation.PROPOSES, EntityKind.METHOD, m.group(), List.of(), sentence,
                                        m.group(1) == null ? RULE_OWN_VARIANT : RULE_FAMILY_TRAINED_WITH_OWN, 0.7, null));
                            }
                        }
                    }
                });
        return found;
    }

    private static final Pattern OUR_MODEL = Pattern.compile("(?i:\\bour\\s+(?:new\\s+|latest\\s+)?)(\\S+(?:\\s\\S+)?)(?=\\s+(?i:model|system|network)\\b)");

    private static final Pattern TRAILING_SIZE = Pattern.compile("[-\\s]" + ModelRule.SIZE + "$");

    /** "GritLM 8x7B" of a proposed "GritLM 7B": the same name with another parameter count at its end. */
    private static boolean otherSizeOf(String name, String proposed) {
        Matcher nameSize = TRAILING_SIZE.matcher(name);
        Matcher proposedSize = TRAILING_SIZE.matcher(proposed);
        return nameSize.find() && proposedSize.find() && nameSize.start() > 0
                && name.substring(0, nameSize.start()).equalsIgnoreCase(proposed.substring(0, proposedSize.start()));
    }

    /** "phi-3-mini" of Phi-3, "Code Llama - Python" of Code Llama, "Mistral 7B -- Instruct" of a proposed "Mistral 7B v0.1". */
    private static boolean variantNameOf(String name, String proposed) {
        String lower = name.toLowerCase(Locale.ROOT);
        String withoutRelease = proposed.replaceFirst("\\s(?:" + RELEASE_TAIL.pattern() + ")$", "");
        return Stream.of(proposed, withoutRelease).map(p -> p.toLowerCase(Locale.ROOT)).distinct()
                .anyMatch(p -> lower.startsWith(p + "-") || lower.startsWith(p + " ") && SPACED_DASH.matcher(lower.substring(p.length())).lookingAt());
    }

    private static final Pattern SPACED_DASH = Pattern.compile(ModelRule.SPACED_DASH + "\\S");
    /** "v0.1", "0.2": a release of the same model; a bare "2" ("CosyVoice 2") is a new generation, its predecessor compared with. */
    private static final Pattern RELEASE_TAIL = Pattern.compile("[vV]\\d+(?:\\.\\d+)*|\\d+(?:\\.\\d+)+");
    static final String RULE_PREDECESSOR = "predecessor";
    private static final Pattern MODEL_SIZE = Pattern.compile("(?<![\\p{L}\\d.])" + ModelRule.SIZE);
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]|[vV](?=\\d)");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D+");

    /** A model name with its sizes taken out, read as its family of letters and its version numbers. */
    private record FamilyVersion(String family, String version) {
        static FamilyVersion of(String name) {
            String unsized = MODEL_SIZE.matcher(name).replaceAll(" ");
            return new FamilyVersion(NOT_LETTER.matcher(unsized).replaceAll("").toLowerCase(Locale.ROOT),
                    NOT_DIGIT.matcher(unsized).replaceAll(" ").strip());
        }
    }

    /**
     * "Phi-2" of a proposed "Phi-3", "Qwen-VL" of "Qwen2-VL", "AlphaFold 2" of "AlphaFold 3": the same family of
     * letters under another version — sizes aside, so "Llama-3-8B" is no predecessor of "Llama 3".
     */
    static boolean isPredecessor(String model, String proposed) {
        FamilyVersion earlier = FamilyVersion.of(model);
        FamilyVersion own = FamilyVersion.of(proposed);
        return earlier.family().length() >= 3 && earlier.family().equals(own.family()) && !earlier.version().equals(own.version());
    }
}
