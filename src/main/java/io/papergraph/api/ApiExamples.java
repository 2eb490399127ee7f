package io.papergraph.api;

/** Example bodies shown in the OpenAPI document and Swagger UI. */
final class ApiExamples {

    private ApiExamples() {
    }

    static final String PAPER_PAGE = """
            {"items": [{"id": "combining-modular-skills-in-multitask-learning",
                        "title": "Combining Modular Skills in Multitask Learning", "score": null}],
             "next": "YzEKMmY0YWQ5MTAKY29tYmluaW5nLW1vZHVsYXItc2tpbGxzLWluLW11bHRpdGFzay1sZWFybmluZwowCjNhNjNlZDVm"}
            """;

    static final String PAPER_DETAIL = """
            {"id": "learning-human-skill-generators-at-key-step-levels",
             "title": "Learning Human Skill Generators at Key-Step Levels",
             "abstract": "We are committed to learning human skill generators at key-step levels. ...",
             "url": null, "year": null, "authors": [],
             "proposes": [{"id": "ks-gen", "name": "KS-Gen", "aliases": ["Key-step Skill Generation"],
                           "evidence": "To address this, we propose a novel task, the Key-step Skill Generation (KS-Gen), aimed at reducing the complexity of generating human skill videos.",
                           "rule": "proposal-acronym", "confidence": 0.85}],
             "introduces": [], "evaluatedOn": [], "usesModels": [], "comparesWith": [],
             "concepts": [{"id": "video-generation", "name": "video generation", "aliases": ["video synthesis"],
                           "evidence": "Although current video generation models can synthesis simple and atomic human operations, they struggle with human skills due to their complex procedure process.",
                           "rule": "concept-keywords", "confidence": 1.0}],
             "codeUrls": ["https://github.com/MCG-NJU/KS-Gen"],
             "results": []}
            """;

    static final String RELATED_PAGE = """
            {"items": [{"id": "learning-procedure-aware-video-representation-from-instructional-videos",
                        "title": "Learning Procedure-aware Video Representation from Instructional Videos and Their Narrations",
                        "score": 8.137, "signals": {"methods": 0.0, "benchmarks": 0.0, "models": 0.0, "concepts": 8.137},
                        "reasons": [{"type": "concept", "id": "video-understanding", "name": "video understanding", "weight": 4.21},
                                    {"type": "concept", "id": "procedural-video-understanding", "name": "procedural video understanding", "weight": 3.927}]}],
             "next": null}
            """;

    static final String ENTITY_PAGE = """
            {"items": [{"id": "gsm8k", "name": "GSM8K", "aliases": ["Grade School Math 8K"], "kind": "benchmark", "papers": 9}],
             "next": null}
            """;

    static final String ENTITY_DETAIL = """
            {"id": "gsm8k", "name": "GSM8K", "aliases": ["Grade School Math 8K"], "kind": "benchmark",
             "papers": [{"id": "decomposition-enhances-reasoning-via-self-evaluation-guided-decoding",
                         "title": "Decomposition Enhances Reasoning via Self-Evaluation Guided Decoding", "relation": "EVALUATED_ON",
                         "evidence": "This allows our approach to adapt well with majority voting and surpass the corresponding Codex-backboned baselines by 6.34%, 9.56%, and 5.46% on the GSM8K, AQuA, and StrategyQA benchmarks, respectively, in few-shot accuracy.",
                         "confidence": 0.85}],
             "broader": [], "narrower": []}
            """;

    static final String STATS = """
            {"nodes": {"Paper": 199, "Method": 155, "Benchmark": 83, "Model": 37, "Concept": 92, "Metric": 5, "Result": 136},
             "relationships": {"PROPOSES": 140, "INTRODUCES": 15, "EVALUATED_ON": 159, "USES_MODEL": 42, "COMPARES_WITH": 41,
                               "ABOUT": 428, "REPORTS": 136, "ON": 70, "MEASURES": 47, "BROADER": 122, "SIMILAR_TO": 0}}
            """;

    static final String PROBLEM_400 = """
            {"type": "https://papergraph.dev/problems/bad-request", "title": "Bad request", "status": 400,
             "detail": "limit must be an integer between 1 and 100, got '1000'", "instance": "/papers",
             "errors": [{"field": "limit", "message": "limit must be an integer between 1 and 100, got '1000'"}]}
            """;

    static final String PROBLEM_404 = """
            {"type": "https://papergraph.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "no paper with id 'no-such-paper'", "instance": "/papers/no-such-paper"}
            """;

    static final String SEARCH_PAGE = """
            {"items": [{"type": "method", "id": "process-reward-model", "name": "process reward model", "score": 1.0,
                        "snippet": "<em>process</em> <em>reward</em> <em>model</em> (PRM; PRMs)", "modes": ["text"]},
                       {"type": "paper", "id": "let-s-reward-step-by-step-step-level-reward-model-as-the-navigators-for",
                        "name": "Let's reward step by step: Step-Level reward model as the Navigators for Reasoning", "score": 0.92,
                        "snippet": "Let's <em>reward</em> step by step: Step-Level <em>reward</em> <em>model</em> as the Navigators for Reasoning — …",
                        "modes": ["text", "semantic"]}],
             "next": "YzEKZGM5MGE0ZjcKCjIKYjU0ZjE3NTg"}
            """;

    static final String AUTOCOMPLETE_PAGE = """
            {"items": [{"type": "benchmark", "id": "gsm8k", "name": "GSM8K", "score": 1.0, "snippet": "<em>GSM8K</em> (Grade School Math 8K)", "modes": ["text"]}],
             "next": null}
            """;

    static final String PATHS = """
            {"length": 2,
             "paths": [{"nodes": [{"id": "method:chain-of-thought-prompting", "type": "method", "entityId": "chain-of-thought-prompting", "name": "chain-of-thought prompting"},
                                  {"id": "paper:let-s-reward-step-by-step-step-level-reward-model-as-the-navigators-for", "type": "paper",
                                   "entityId": "let-s-reward-step-by-step-step-level-reward-model-as-the-navigators-for",
                                   "name": "Let's reward step by step: Step-Level reward model as the Navigators for Reasoning"},
                                  {"id": "benchmark:gsm8k", "type": "benchmark", "entityId": "gsm8k", "name": "GSM8K"}],
                        "edges": [{"id": "paper:let-s-reward-…|COMPARES_WITH|method:chain-of-thought-prompting",
                                   "source": "paper:let-s-reward-step-by-step-step-level-reward-model-as-the-navigators-for",
                                   "target": "method:chain-of-thought-prompting", "type": "COMPARES_WITH", "weight": 0.75,
                                   "evidence": "This tailored PRM demonstrated enhanced results compared to the Chain of Thought (CoT) on mathematical benchmarks like GSM8K and MATH."},
                                  {"id": "paper:let-s-reward-…|EVALUATED_ON|benchmark:gsm8k",
                                   "source": "paper:let-s-reward-step-by-step-step-level-reward-model-as-the-navigators-for",
                                   "target": "benchmark:gsm8k", "type": "EVALUATED_ON", "weight": 0.85,
                                   "evidence": "This tailored PRM demonstrated enhanced results compared to the Chain of Thought (CoT) on mathematical benchmarks like GSM8K and MATH."}]}]}
            """;

    static final String GRAPH = """
            {"nodes": [{"id": "benchmark:gsm8k", "type": "benchmark", "entityId": "gsm8k", "name": "GSM8K"},
                       {"id": "paper:decomposition-enhances-reasoning-via-self-evaluation-guided-decoding", "type": "paper",
                        "entityId": "decomposition-enhances-reasoning-via-self-evaluation-guided-decoding",
                        "name": "Decomposition Enhances Reasoning via Self-Evaluation Guided Decoding"}],
             "edges": [{"id": "paper:decomposition-enhances-reasoning-via-self-evaluation-guided-decoding|EVALUATED_ON|benchmark:gsm8k",
                        "source": "paper:decomposition-enhances-reasoning-via-self-evaluation-guided-decoding", "target": "benchmark:gsm8k",
                        "type": "EVALUATED_ON", "weight": 0.85, "evidence": "… on the GSM8K, AQuA, and StrategyQA benchmarks …"}],
             "truncated": false}
            """;

    static final String BATCH = """
            {"items": [{"id": "combining-modular-skills-in-multitask-learning",
                        "paper": {"id": "combining-modular-skills-in-multitask-learning", "title": "Combining Modular Skills in Multitask Learning",
                                  "abstract": "A modular design encourages neural models to disentangle and recombine different facets of knowledge ...",
                                  "proposes": [], "introduces": [], "evaluatedOn": [], "usesModels": [], "comparesWith": [], "concepts": [],
                                  "codeUrls": [], "results": []},
                        "error": null},
                       {"id": "no-such-paper", "paper": null,
                        "error": {"type": "https://papergraph.dev/problems/not-found", "title": "Not found", "status": 404,
                                  "detail": "no paper with id 'no-such-paper'", "instance": "/papers/no-such-paper"}}]}
            """;

    static final String COOCCURRING = """
            {"items": [{"id": "large-language-model", "name": "large language model", "papers": 9},
                       {"id": "model-merging", "name": "model merging", "papers": 2}],
             "next": null}
            """;

    static final String RECOMMENDATIONS = """
            {"items": [{"id": "learning-procedure-aware-video-representation-from-instructional-videos",
                        "title": "Learning Procedure-aware Video Representation from Instructional Videos and Their Narrations",
                        "score": 0.612,
                        "reasons": [{"seed": "learning-human-skill-generators-at-key-step-levels", "cosine": 0.567}]}]}
            """;

    static final String SIMILAR = """
            {"items": [{"id": "learning-procedure-aware-video-representation-from-instructional-videos",
                        "title": "Learning Procedure-aware Video Representation from Instructional Videos and Their Narrations",
                        "score": 0.567}],
             "next": null}
            """;

    static final String PAPER_INPUT = """
            {"title": "Compositional Skill Routing for Multitask Agents",
             "abstract": "We propose SkillRouter, a mixture-of-experts policy that routes each step of a task to a learned skill. Experiments on ALFWorld and WebShop show that SkillRouter outperforms ReAct.",
             "url": "https://example.org/skillrouter", "year": 2025, "authors": ["Ada Lovelace", "Alan Turing"]}
            """;

    static final String IMPORT_JSON = """
            [{"title": "Compositional Skill Routing for Multitask Agents",
              "abstract": "We propose SkillRouter, a mixture-of-experts policy that routes each step of a task to a learned skill. Experiments on ALFWorld and WebShop show that SkillRouter outperforms ReAct.",
              "year": 2025},
             {"id": "step-verifiers", "title": "Step Verifiers for Math Reasoning",
              "abstract": "We introduce StepCheck, a process reward model that scores each reasoning step. On GSM8K and MATH, StepCheck improves accuracy by 4.1%."}]
            """;

    static final String IMPORT_JSONL = """
            {"title": "Compositional Skill Routing for Multitask Agents", "abstract": "We propose SkillRouter, a mixture-of-experts policy that routes each step of a task to a learned skill."}
            {"title": "Step Verifiers for Math Reasoning", "abstract": "We introduce StepCheck, a process reward model that scores each reasoning step on GSM8K."}
            """;

    static final String IMPORT_TEXT = """
            Compositional Skill Routing for Multitask Agents
            We propose SkillRouter, a mixture-of-experts policy that routes each step of a task to a learned skill.
            Step Verifiers for Math Reasoning
            We introduce StepCheck, a process reward model that scores each reasoning step on GSM8K.
            """;

    static final String IMPORT_BIBTEX = """
            @article{router2025,
              title    = {Compositional Skill Routing for Multitask Agents},
              author   = {Lovelace, Ada and Turing, Alan},
              year     = {2025},
              abstract = {We propose SkillRouter, a mixture-of-experts policy that routes each step of a task to a learned skill.}
            }
            """;

    static final String IMPORT_ATOM = """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <entry>
                <id>http://arxiv.org/abs/2501.00001v1</id>
                <published>2025-01-02T00:00:00Z</published>
                <title>Compositional Skill Routing for Multitask Agents</title>
                <summary>We propose SkillRouter, a mixture-of-experts policy that routes each step of a task to a learned skill.</summary>
                <author><name>Ada Lovelace</name></author>
                <link href="http://arxiv.org/abs/2501.00001v1" rel="alternate" type="text/html"/>
              </entry>
            </feed>
            """;

    static final String IMPORT_REPORT = """
            {"received": 2, "created": 1, "updated": 0, "unchanged": 1, "entitiesCreated": 3, "entitiesRemoved": 0,
             "extractionSeconds": 0.004, "embeddingSeconds": 0.031, "seconds": 0.182,
             "papers": [{"id": "compositional-skill-routing-for-multitask-agents", "outcome": "created"},
                        {"id": "step-verifiers", "outcome": "unchanged"}]}
            """;

    static final String PROBLEM_INVALID_PAPERS = """
            {"type": "https://papergraph.dev/problems/invalid-papers", "title": "Invalid papers", "status": 400,
             "detail": "2 problems in the input; nothing was imported", "instance": "/imports",
             "errors": [{"field": "index 0 (line 1)", "message": "abstract is missing"},
                        {"field": "index 3 (line 4)", "message": "duplicate id 'step-verifiers', also at index 1"}]}
            """;
}
