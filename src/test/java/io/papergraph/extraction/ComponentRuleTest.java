package io.papergraph.extraction;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ComponentRuleTest {

    private static final String PROPOSAL = "We propose TaskWeaver, a framework for repository-level code agents.";

    /** Names a vocabulary would know. */
    private static final Predicate<String> KNOWN = n -> Set.of("mcts", "dpo").contains(Names.key(n)) || n.equals("Monte Carlo Tree Search");

    private static final List<Mention> PROPOSED = List.of(
            new Mention(Relation.PROPOSES, EntityKind.METHOD, "TaskWeaver", List.of(), PROPOSAL, "we-propose", 0.8, null));

    private static List<Mention> apply(String sentence) {
        return ComponentRule.apply(List.of(PROPOSAL, sentence), PROPOSED, KNOWN);
    }

    private static List<String> summary(List<Mention> mentions) {
        return mentions.stream().map(m -> m.relation() + " " + m.name() + " " + m.aliases()).toList();
    }

    @Test
    @DisplayName("what the method, as the subject, takes in under a capitalised name is its part ('TaskWeaver incorporates an Augmenting Block that …'); not a name cut short, a known method, or another subject's")
    void partsTakenIn() {
        assertEquals(List.of("PROPOSES Augmenting Block []"),
                summary(apply("Additionally, TaskWeaver incorporates an Augmenting Block that modifies the hidden states.")));
        assertEquals(List.of("PROPOSES Context-Aware Entity Expansion []"),
                summary(apply("TaskWeaver integrates Context-Aware Entity Expansion in graph retrieval to widen coverage.")));
        // What the method employs or leverages is the field's technique as often.
        assertEquals(List.of(), summary(apply("TaskWeaver employs Dynamic Time Warping to align the series.")));
        // Another system's part: the verb is not the method's.
        assertEquals(List.of(), summary(apply("TaskWeaver outperforms GraphCast, which incorporates Multi-Mesh Message Passing.")));
        // The name goes on in lower case: where it ends is unclear.
        assertEquals(List.of(), summary(apply("TaskWeaver incorporates Co-upcycled Top-K sparsely-gated experts into the encoder.")));
        // Known to the vocabulary: what the method uses, not its part.
        assertEquals(List.of(), summary(apply("TaskWeaver employs Monte Carlo Tree Search to explore plans.")));
        // Another system's part.
        assertEquals(List.of(), summary(apply("Prior work such as CodeAgent employs a Repository Navigator to browse files.")));
    }

    @Test
    @DisplayName("a counted list of parts: after a clause that ends in its colon, every name of a names-only list, a numbered part that acts at once")
    void countedPartsListed() {
        assertEquals(List.of("PROPOSES Open Search Tool []", "PROPOSES Open Reasoning Agent []"),
                summary(apply("Concretely, TaskWeaver consists of two components that work with a base LLM chosen by the user: Open Search Tool and Open Reasoning Agent.")));
        assertEquals(List.of("PROPOSES Selector []", "PROPOSES Mutator []", "PROPOSES Evaluator []"),
                summary(apply("TaskWeaver builds attacks from three components: Selector, Mutator, and Evaluator.")));
        assertEquals(List.of("PROPOSES Online Probe Profiling Scheme []", "PROPOSES Dynamic Cache Trajectory Alignment []"),
                summary(apply("TaskWeaver is composed of two principal components: (1) Online Probe Profiling Scheme leverages a shallow probe, "
                        + "and (2) Dynamic Cache Trajectory Alignment adaptively approximates the deep features.")));
        // A part cut short of a part defined by its long form is that part, named already.
        assertEquals(List.of("PROPOSES GRB [Gated-Router for Balance]", "PROPOSES GA [Gated Alignment]"),
                summary(apply("TaskWeaver consists of two components that stem from the so-called gating principle (GP): "
                        + "Gated-Router for Balance (GRB) lessens interference and Gated Alignment (GA) promotes sharing.")));
        // A list that goes on in lower case ends nowhere clear: the first name only.
        assertEquals(List.of("PROPOSES Open Search Tool []"),
                summary(apply("TaskWeaver consists of two components: Open Search Tool and a planner that drafts queries.")));
        // "The framework" as the subject; a clause of any words before the colon; parts called specialised without a count;
        // a names-only list after "of" that goes on with a clause.
        assertEquals(List.of("PROPOSES Scout []", "PROPOSES Builder []", "PROPOSES Verifier []"),
                summary(apply("The framework comprises three core modules: Scout, Builder, and Verifier.")));
        assertEquals(List.of("PROPOSES Locator []", "PROPOSES Editor []", "PROPOSES Tester []"),
                summary(apply("TaskWeaver defines the core components essential for long-horizon coding: Locator, Editor, and Tester.")));
        assertEquals(List.of("PROPOSES Plan Ranking []", "PROPOSES Query Splitting []", "PROPOSES Guided Search []"),
                summary(apply("TaskWeaver adds specialized helper modules enabling small models to cope: Plan Ranking, Query Splitting, and Guided Search.")));
        assertEquals(Set.of("PROPOSES Dispatcher []", "PROPOSES Messenger []", "PROPOSES Archive []"),
                Set.copyOf(summary(apply("The system features three modular components of Dispatcher, Messenger, and Archive, which assign subgoals and store history."))));
        assertEquals(List.of(), summary(apply("Prior systems feature three components of Dispatcher, Messenger, and Archive, which assign subgoals.")));
        assertEquals(List.of(), summary(apply("The framework comprises three stages of training on Wikipedia and Reddit.")));
        // Mechanisms numbered after a colon; agents counted with words between, listed after a dash.
        assertEquals(List.of("PROPOSES Active Goal Request []", "PROPOSES Layered Tool Routing []", "PROPOSES Skill Growth []"),
                summary(apply("The framework operates through three core mechanisms: (1) Active Goal Request, where models write requests; "
                        + "(2) Layered Tool Routing, a two-stage algorithm; and (3) Skill Growth, which lets agents learn.")));
        assertEquals(List.of("PROPOSES Scout Agent []", "PROPOSES Fixer Agent []", "PROPOSES Review Agent []"),
                summary(apply("TaskWeaver leverages three distinct LLM agents—Scout Agent, Fixer Agent, and Review Agent.")));
    }

    @Test
    @DisplayName("an abbreviation defined by a capitalised long form, said to be the method's core, a part or proposed, is a part; not one called traditional, nor one compared with")
    void partsDefinedAtCore() {
        assertEquals(List.of("PROPOSES LVF [Language Value Function]"),
                summary(apply("Central to TaskWeaver is the Language Value Function (LVF), which redefines value as a narrative.")));
        assertEquals(List.of("PROPOSES TSA [Two-Stage Attention]"),
                summary(apply("Then the Two-Stage Attention (TSA) layer is proposed to capture cross-time dependency.")));
        assertEquals(List.of("PROPOSES TDE [Temporal Delta Embedding]"),
                summary(apply("In TaskWeaver, each series is embedded through the Temporal Delta Embedding (TDE) embedding to keep order.")));
        assertEquals(List.of("PROPOSES EST [Earth Specific Transformer]"),
                summary(apply("Two strategies help: (i) designing an Earth Specific Transformer (EST) architecture for cubic data.")));
        assertEquals(List.of(), summary(apply("We revisit the traditional Policy Gradient (PG) mechanism and simplify it.")));
        assertEquals(List.of(), summary(apply("TaskWeaver matches the accuracy of the Integrated Forecasting System (IFS), a state-of-the-art model.")));
        assertEquals(List.of(), summary(apply("It sets a new state-of-the-art in Open Vocabulary Mobile Manipulation (OVMM) with 58.5% success.")));
        // No cue: a term of the field, defined in passing, set off by what it does or named with its objective.
        assertEquals(List.of(), summary(apply("One such application is Deep Research (DR), which requires extensive search.")));
        assertEquals(List.of(), summary(apply("TaskWeaver reduces Time-To-First-Token (TTFT), which dominates latency.")));
        assertEquals(List.of(), summary(apply("TaskWeaver maximizes the Evidence Lower Bound (ELBO) objective with a new prior.")));
        assertEquals(List.of(), summary(apply("TaskWeaver replaces the Dual-Path Recurrent Network (DPRN) layer with a state-space layer.")));
    }

    @Test
    @DisplayName("phases are parts too: 'TaskWeaver involves two phases: plan drafting (PD) and plan execution (PE)'")
    void phases() {
        assertEquals(List.of("PROPOSES PD [plan drafting]", "PROPOSES PE [plan execution]"),
                summary(apply("TaskWeaver involves two consecutive phases: plan drafting (PD) and plan execution (PE).")));
        // Built atop another's work: "implemented atop Acme's Agent-to-Agent (A2A) layer" is no part.
        assertEquals(List.of(), summary(apply("TaskWeaver has three components and is implemented atop Acme's Agent-to-Agent (A2A) layer.")));
    }

    @Test
    @DisplayName("an English word set in capitals for stress is no component ('… a credit assignment module, to train ANY agent')")
    void stressedWordIsNoName() {
        assertEquals(List.of(), summary(apply("TaskWeaver contains a credit assignment module, allowing us to train ANY agent with ALL tools.")));
        assertEquals(List.of("PROPOSES PLN []"), summary(apply("TaskWeaver contains a planning module, PLN, that trains ANY agent.")));
    }

    @Test
    @DisplayName("capitalised names in a component sentence about the proposed method are proposed too")
    void namedComponents() {
        String sentence = "TaskWeaver consists of two components: PLN, which drafts a plan, and EXE, which runs it.";

        assertEquals(List.of(
                        new Mention(Relation.PROPOSES, EntityKind.METHOD, "PLN", List.of(), sentence, "component", 0.65, null),
                        new Mention(Relation.PROPOSES, EntityKind.METHOD, "EXE", List.of(), sentence, "component", 0.65, null)),
                apply(sentence));
    }

    @Test
    @DisplayName("an acronym defined with a capitalised long form is a component, with the long form as alias")
    void definedComponents() {
        assertEquals(List.of("PROPOSES PDM [Plan Drafting Module]", "PROPOSES SVU [Step Verification Unit]"),
                summary(apply("TaskWeaver comprises a Plan Drafting Module (PDM) and a Step Verification Unit (SVU).")));
        // A defined part may be read inside the method's own name ("TaskWeaver" holds "TASK"): defined, it is a part all the same.
        assertEquals(List.of("PROPOSES TASK [Trajectory-Aware Skill Keeper]"),
                summary(apply("The key component of TaskWeaver is a Trajectory-Aware Skill Keeper (TASK) module, which stores skills.")));
    }

    @Test
    @DisplayName("capitals inside a definition's long form are not components of their own")
    void insideLongForm() {
        assertEquals(List.of("PROPOSES HRP [Hierarchical RAG Planner]"),
                summary(apply("TaskWeaver consists of a Hierarchical RAG Planner (HRP) and a patch ranker.")));
    }

    @Test
    @DisplayName("capitals named after a comparison cue are what the method is compared with, not its parts")
    void comparedAreNoParts() {
        assertEquals(List.of("PROPOSES PLN []", "PROPOSES EXE []"),
                summary(apply("TaskWeaver consists of two modules, PLN and EXE, and outperforms DHCN and SRGN by 4 points.")));
    }

    @Test
    @DisplayName("an acronym with a lower-case long form is not a component")
    void lowerCaseLongForm() {
        assertEquals(List.of(), apply("TaskWeaver consists of a retrieval-augmented planner (RAP) and a patch ranker."));
    }

    @Test
    @DisplayName("'the so-called Long Form (LF)' is prior work, not a component")
    void soCalled() {
        assertEquals(List.of(), apply("TaskWeaver consists of the so-called Tree Search Planner (TSP) and a patch ranker."));
    }

    @Test
    @DisplayName("two-letter capitals and names the vocabulary knows are not components")
    void shortAndKnown() {
        assertEquals(List.of(), apply("TaskWeaver consists of two modules: PL and EX."));
        // A capitalised word not set off as a part's name is no part: "ranked by RNK", "the PLM weights", "operations DELETE and NOOP".
        assertEquals(List.of(), summary(apply("TaskWeaver has two stages: MCTS exploration, then a DPO update ranked by RNK.")));
        assertEquals(List.of(), summary(apply("TaskWeaver tunes a mixture of adaptation modules in each layer while keeping most of the PLM weights frozen.")));
        assertEquals(List.of("PROPOSES Memory Keeper []"), summary(apply(
                "TaskWeaver has two specialized agents: a Memory Keeper that learns operations such as DELETE and NOOP, and an answerer.")));
    }

    @ParameterizedTest
    @DisplayName("sentences without a component cue, or not about the proposed method, give nothing")
    @ValueSource(strings = {
            "TaskWeaver calls PLN and EXE in turn.",
            "Earlier agents consist of two components: PLN and EXE.",
            "TaskWeaver consistently outperforms baselines, including SR-GNN, DHCN and GCE-GNN, on MRR.",
    })
    void notComponentSentences(String sentence) {
        assertEquals(List.of(), apply(sentence));
    }

    @Test
    @DisplayName("a paper that proposes nothing has no components")
    void nothingProposed() {
        String sentence = "TaskWeaver consists of two components: PLN and EXE.";
        List<Mention> compared = List.of(
                new Mention(Relation.COMPARES_WITH, EntityKind.METHOD, "TaskWeaver", List.of(), sentence, "comparison", 0.6, null));

        assertEquals(List.of(), ComponentRule.apply(List.of(sentence), List.of(), KNOWN));
        assertEquals(List.of(), ComponentRule.apply(List.of(sentence), compared, KNOWN));
    }

    @Test
    @DisplayName("the proposed name itself is not reported again as a component")
    void proposedNameNotRepeated() {
        List<Mention> proposed = List.of(
                new Mention(Relation.PROPOSES, EntityKind.METHOD, "TWV", List.of(), PROPOSAL, "we-propose", 0.8, null));
        assertEquals(List.of("PROPOSES EXE []"),
                summary(ComponentRule.apply(List.of("TWV consists of two modules: TWV itself and EXE."), proposed, KNOWN)));
    }

    @Test
    @DisplayName("title-case names in a component list of 'our approach' are components")
    void listedComponents() {
        String sentence = "Our approach integrates three core components: Token Sieve, Layer Grouping, and Cache Relay.";
        assertEquals(List.of("Token Sieve", "Layer Grouping", "Cache Relay"),
                ComponentRule.apply(List.of(PROPOSAL, sentence), PROPOSED, KNOWN).stream().map(Mention::name).toList());
    }

    @Test
    @DisplayName("components named by capitalised words after an article, or set off by their description, are proposed")
    void describedComponents() {
        assertEquals(List.of("PROPOSES Entity-Relation Indexer []", "PROPOSES Hop Planner []"),
                summary(apply("TaskWeaver consists of two components: an offline Entity-Relation Indexer that builds a graph, "
                        + "and a Hop Planner that emits actions.")));
        assertEquals(List.of("PROPOSES AnyTile []", "PROPOSES ToMeX []"),
                summary(apply("TaskWeaver adds two new components: AnyTile, a tiling scheme for pages; ToMeX, a token-merging module.")));
    }

    @Test
    @DisplayName("after the colon, lower-case long forms and described items are parts: 'two components: task pruning (TP) and …'")
    void listedAfterColon() {
        assertEquals(List.of("PROPOSES TP [task pruning]", "PROPOSES SR [skill retrieval]"),
                summary(apply("TaskWeaver features two main components: task pruning (TP) and skill retrieval (SR).")));
        assertEquals(List.of("PROPOSES Planner []", "PROPOSES Executor []"),
                summary(apply("TaskWeaver consists of two agents: a Planner that proposes subgoals, and an Executor that plays Countdown, Blocksworld and Crosswords.")));
        assertEquals(List.of("PROPOSES Judge []", "PROPOSES Refiner []", "PROPOSES Curator []"),
                summary(apply("Our framework consists of three agents: a Judge for errors, a Refiner for fixes, and a Curator for patterns.")));
        assertEquals(List.of("PROPOSES Margin Learner []", "PROPOSES Demo Picker []"),
                summary(apply("TaskWeaver has two components: (1) a Margin Learner that weighs steps, (2) Demo Picker, which selects examples.")));
    }

    @Test
    @DisplayName("an acronym the sentence defines as something used ('leverages Abstract Syntax Trees (ASTs)') is no part, nor its singular")
    void usedDefinitionsAreNoParts() {
        assertEquals(List.of(),
                summary(apply("TaskWeaver has two components, one leverages Abstract Syntax Trees (ASTs) and the other AST margins.")));
    }

    @Test
    @DisplayName("parts named after the announcement: 'First, the Planner …', 'Lastly, Memory stores …', 'The Plan module …'")
    void partsNamedInPassing() {
        List<String> sentences = List.of(PROPOSAL, "TaskWeaver works through three components.",
                "First, the Planner splits the task, then the Executor acts.", "Lastly, Memory stores experiences.",
                "The Python programs and the Wikipedia articles give context.", "Extensive experiments show gains.");
        // Agent nouns only: "Memory", "the Python programs" are not taken for parts.
        assertEquals(List.of("PROPOSES Planner []", "PROPOSES Executor []"),
                summary(ComponentRule.apply(sentences, PROPOSED, KNOWN)));
        // Without an announcement only a name called a part counts, and only while the method is described.
        List<String> described = List.of(PROPOSAL, "The Plan module translates a task into steps, and the Planner is gone.");
        assertEquals(List.of("PROPOSES Plan module []"), summary(ComponentRule.apply(described, PROPOSED, KNOWN)));
        List<String> unrelated = List.of("Agents often fail.", "The Plan module translates a task into steps.");
        assertEquals(List.of(), summary(ComponentRule.apply(unrelated, PROPOSED, KNOWN)));
    }

    @Test
    @DisplayName("a capitalised name ending in a kind of part, where the method is described: 'via a per-channel Residual Quantizer'")
    void partsNamedByKind() {
        assertEquals(List.of("PROPOSES Residual Quantizer []", "PROPOSES Code-Aware Decoder []"),
                summary(apply("TaskWeaver stores entries via a per-channel Residual Quantizer, and its Code-Aware Decoder prunes prefixes.")));
        // The sentence after the method's: named by its acronym, as a definition would name it.
        assertEquals(List.of("PROPOSES LAQ [Latent Action Quantizer]"),
                summary(apply("The key ingredient is a Latent Action Quantizer (LAQ) that learns tokens.")));
        // Not a part: a known architecture's encoder, prior work's part, a name of no part kind, a sentence far from the method.
        assertEquals(List.of(), summary(apply("TaskWeaver replaces the MCTS Planner of earlier agents and the Amazon Beauty data.")));
        assertEquals(List.of(), summary(apply("TaskWeaver improves on ToolFormer, unlike the Oracle Plan Retriever of earlier work.")));
        List<String> far = List.of(PROPOSAL, "Agents often fail.", "Prior systems use a Residual Quantizer.");
        assertEquals(List.of(), summary(ComponentRule.apply(far, PROPOSED, KNOWN)));
    }

    @Test
    @DisplayName("an acronym the method is said to have ('TaskWeaver's custom agent-computer interface (ACI)') is one of its parts")
    void possessiveParts() {
        assertEquals(List.of("PROPOSES ACI [agent-computer interface]"),
                summary(apply("TaskWeaver's custom agent-computer interface (ACI) lets agents edit files.")));
        assertEquals(List.of(), summary(apply("ReAct's custom agent-computer interface (ACI) lets agents edit files.")));
    }

    @Test
    @DisplayName("review: a known model's part ('a frozen MCTS Vision Encoder') and a part compared with are not the paper's parts")
    void reviewCounterexamples() {
        assertEquals(List.of(), summary(apply("TaskWeaver couples a frozen MCTS Vision Encoder with a small planner.")));
        assertEquals(List.of(), summary(apply("Compared with the Linear Projector used in older agents, TaskWeaver is faster.")));
    }

    @Test
    @DisplayName("a counted team of agents names the method's parts ('by two agents: 1) The Planner codes …'); 'the Formulator agent' is the Formulator")
    void agentTeam() {
        List<String> names = ComponentRule.apply(List.of(PROPOSAL,
                        "TaskWeaver optimizes rules by two agents: 1) The Planner codes actionable plans; 2) The Builder updates the rules.",
                        "Finally, the Formulator agent compiles these rules into a manual."), PROPOSED, KNOWN)
                .stream().map(m -> m.name() + " " + m.aliases()).toList();
        assertEquals(List.of("Planner []", "Builder []", "Formulator [Formulator agent]"), names);
        assertEquals(List.of(), ComponentRule.apply(List.of(PROPOSAL, "TaskWeaver helps many agents: the Python programs run fast."),
                PROPOSED, KNOWN));
    }

    @Test
    @DisplayName("'our proposed Masked Encoder-based … Transformer': a part's kind inside a longer name is no part of its own")
    void kindInsideLongerName() {
        assertEquals(List.of(), summary(apply("TaskWeaver adds modules, resulting in our proposed Masked Encoder-based Universal Code Transformer.")));
        assertEquals(List.of("PROPOSES Masked Code Encoder []"), summary(apply("TaskWeaver feeds our Masked Code Encoder with diffs.")));
    }

    @Test
    @DisplayName("the review's counterexamples to the widened part lists: the field's framework, whose parts a clause names, mechanisms of something "
            + "else, others' modules, the parts of named systems, agents the method is compared or run with")
    void widenedListsCounterexamples() {
        assertEquals(List.of(), summary(apply("The RAG framework comprises three core modules: Retriever, Reranker, and Generator.")));
        assertEquals(List.of(), summary(apply("Three core modules dominate latency in Llama-style models: Gated MLP, Rotary Attention, and Norm.")));
        assertEquals(List.of(), summary(apply("We study the key mechanisms of FooGPT Small: Induction Heads, Name Movers, and Copy Suppressors.")));
        assertEquals(List.of(), summary(apply("With TaskWeaver we find that safety-tuned models rely on three core mechanisms: Refusal Heads, Harm Probes, "
                + "and Tone Gates.")));
        assertEquals(List.of(), summary(apply("TaskWeaver removes the auxiliary modules that earlier detectors relied on: Feature Refiner, Box Merger, and Mask Head.")));
        assertEquals(List.of(), summary(apply("TaskWeaver unifies the key components of SpecNet, FlowFormer, and DepthMaster, which were trained apart.")));
        assertEquals(List.of(), summary(apply("We compare TaskWeaver against three strong LLM agents—AgentCoder, MapCoder, and CodeChain.")));
        assertEquals(List.of(), summary(apply("We evaluate TaskWeaver with four embodied LLM agents: Voyager, Jarvis-One, Deps, and Gitm.")));
        // The paper's own framework, named "the proposed framework", keeps its parts.
        assertEquals(List.of("PROPOSES Geometry Guided Diffusion []", "PROPOSES Mesh Optimization []"),
                summary(apply("The proposed framework consists of two significant components: Geometry Guided Diffusion and Mesh Optimization.")));
    }

    @Test
    @DisplayName("parts counted or called key, then listed, are proposed when named in capitals or by a coined word; plain words name no part")
    void partsCounted() {
        assertEquals(List.of("PROPOSES Task Curriculum []", "PROPOSES Skill Memory []"),
                summary(apply("TaskWeaver consists of three key components: 1) a Task Curriculum that maximizes coverage, 2) an ever-growing "
                        + "Skill Memory of executable code, and 3) a new reflective prompting loop that uses feedback.")));
        assertEquals(List.of("PROPOSES SparseRank attention layer [SparseRank]"),
                summary(apply("It is based on two main ingredients: (i) a $SparseRank$ attention layer, which is cheap; (ii) channel-mixing "
                        + "where channels share weights; (iii) segmentation of inputs into patches.")));
        // Parts described in plain lower-case words are left unnamed.
        assertEquals(List.of(), summary(apply("TaskWeaver consists of three key components: 1) a task curriculum that maximizes coverage, "
                + "2) an ever-growing skill memory of executable code, and 3) a new reflective prompting loop that uses feedback.")));
        assertEquals(List.of(), summary(apply("Its key components include gated cross-attention, which restricts attention to predicted regions.")));
        // Not a list of parts, a clause in the list, or a sentence about someone else's method.
        assertEquals(List.of(), summary(apply("TaskWeaver has two complementary components that stem from Information Theory.")));
        assertEquals(List.of(), summary(apply("TaskWeaver has two components: (1) we train a Planner, (2) a smaller language model which formats calls.")));
        assertEquals(List.of(), summary(apply("Prior agents consist of three key components: 1) a Task Curriculum, 2) a Skill Memory, 3) a Critic.")));
        // Not the authors' analysis, not a bare "are", and a short name found already is no word of a longer part.
        assertEquals(List.of(), summary(apply("Our analysis reveals two key characteristics: (1) Data Contamination, (2) Label Noise.")));
        assertEquals(List.of(), summary(apply("TaskWeaver's two components are jointly trained.")));
        assertEquals(List.of("PROPOSES Output Parser []"), summary(ComponentRule.apply(List.of(PROPOSAL,
                "TaskWeaver consists of two key components: (1) an Output Parser that reads calls; (2) the TP itself."),
                List.of(PROPOSED.get(0), new Mention(Relation.PROPOSES, EntityKind.METHOD, "TP", List.of(), PROPOSAL, "we-propose", 0.8, null)), KNOWN)));
    }

    @Test
    @DisplayName("a part the authors say they use, with an article and a capitalised long form no vocabulary knows, is one they made")
    void partsDefinedInUse() {
        assertEquals(List.of("PROPOSES PSV [Plan-step Verifier]"), summary(ComponentRule.apply(List.of(PROPOSAL,
                "Subsequently, we use a Plan-step Verifier (PSV) to catch broken steps."), PROPOSED, KNOWN)));
        // Known, lower-case, without an article, or far from the method: not this paper's part.
        assertEquals(List.of(), summary(ComponentRule.apply(List.of(PROPOSAL,
                "We use a plan-step verifier (PSV) to catch broken steps.", "We use Direct Preference Optimization (DPO) to tune it.",
                "It adopts a Monte Carlo Tree Search (MCTS) to plan."), PROPOSED,
                n -> Set.of("mcts", "montecarlotreesearch", "dpo", "directpreferenceoptimization").contains(Names.key(n)))));
        assertEquals(List.of(), summary(ComponentRule.apply(List.of("Prior agents are slow.", "We use a Plan-step Verifier (PSV) here."),
                PROPOSED, KNOWN)));
    }

    @Test
    @DisplayName("counted parts without numbers: later items named and described as the first is are parts too")
    void laterDescribedItems() {
        assertEquals(List.of("PROPOSES Step-grained Optimization []", "PROPOSES Step-grained Reward Shaping []"), summary(apply(
                "It consists of two components: Step-grained Reward Shaping, which assigns rewards at each step, and "
                        + "Step-grained Optimization, which uses policy gradient methods.")));
        // A lower-case item after the first is no name.
        assertEquals(List.of("PROPOSES Step-grained Reward Shaping []"), summary(apply(
                "It consists of two components: Step-grained Reward Shaping, which assigns rewards at each step, and "
                        + "a policy optimizer, which uses policy gradient methods.")));
    }

    @Test
    @DisplayName("what the method is said to combine, named in capitals, are its parts; known methods are not")
    void partsCombined() {
        assertEquals(List.of("PROPOSES Perplexity Consistency []", "PROPOSES Reasoning Pruning []"), summary(apply(
                "This approach combines Perplexity Consistency, which integrates perplexity with voting, and Reasoning Pruning, "
                        + "which eliminates low-probability paths.")));
        assertEquals(List.of(), summary(apply("This approach combines MCTS and DPO in one loop.")));
        assertEquals(List.of("PROPOSES Perplexity Consistency []", "PROPOSES Reasoning Pruning []"), summary(apply(
                "Specifically, our approach combines Perplexity Consistency, which integrates perplexity with voting, and "
                        + "Reasoning Pruning, which eliminates low-probability paths.")));
        assertEquals(List.of(), summary(apply("Our framework combines Bayesian Optimization with Gaussian Processes to tune prompts.")));
        assertEquals(List.of(), summary(apply("Prior work combines Perplexity Consistency and Reasoning Pruning.")));
    }

    @Test
    @DisplayName("two capitalised names each set off by what it does ('A, which …, and B, which …') are parts where the paper speaks of its method; not rivals, not the field's")
    void pairDescribedByClauses() {
        assertEquals(List.of("Adaptive Truncation", "Hierarchy-Aware Reranking"), apply("Specifically, our proposed TaskWeaver includes Adaptive Truncation, "
                + "which truncates the results at different positions, and Hierarchy-Aware Reranking, which makes results more concentrated.")
                .stream().map(Mention::name).toList());
        assertEquals(List.of("Sub-goal Guidance", "Error Recovery Scenario Construction"), apply("This stage introduces two approaches: Sub-goal Guidance, "
                + "which rewards accurate sub-goals, and (2) Error Recovery Scenario Construction, which creates recovery scenarios.")
                .stream().map(Mention::name).toList());
        // Rivals in a comparison, and variants of the field's routers, are not parts.
        assertEquals(List.of(), apply("Experiments show that TaskWeaver surpasses both Vanilla Adapters, which capture commonalities, and Adapter Mixtures, "
                + "which focus on conflicts."));
        assertEquals(List.of(), apply("Routers for sparse MoEs can be further grouped into two variants: Token Choice, which matches experts to each token, "
                + "and Expert Choice, which matches tokens to each expert."));
        // Settings, languages, hardware or problems a first-person sentence names, with no verb that makes the method of them.
        assertEquals(List.of(), apply("We study two settings: Zero-Shot Transfer, where no target data is available, and Few-Shot Adaptation, where a few labels are."));
        assertEquals(List.of(), apply("We deploy TaskWeaver on Jetson Orin, which has 8 cores, and Raspberry Pi, which has 4."));
        assertEquals(List.of(), apply("Our approach addresses Catastrophic Forgetting, which erases skills, and Plasticity Loss, which stalls learning."));
        assertEquals(List.of(), apply("These methods include Soft Routing, which mixes experts, and Hard Gating, which picks one."));
    }
}
