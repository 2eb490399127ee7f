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
            {"id": "stepcoder-improve-code-generation-with-reinforcement-learning-from",
             "title": "StepCoder: Improve Code Generation with Reinforcement Learning from Compiler Feedback",
             "abstract": "The advancement of large language models (LLMs) has significantly propelled the field of code generation. ...",
             "proposes": [{"id": "stepcoder", "name": "StepCoder",
                           "aliases": ["Improve Code Generation with Reinforcement Learning from Compiler Feedback"],
                           "evidence": "StepCoder: Improve Code Generation with Reinforcement Learning from Compiler Feedback",
                           "rule": "title-head", "confidence": 0.9}],
             "introduces": [{"id": "apps-plus", "name": "APPS+", "aliases": [], "rule": "we-propose", "confidence": 0.8,
                             "evidence": "Furthermore, we manually construct the APPS+ dataset for RL training, ..."}],
             "evaluatedOn": [], "usesModels": [], "comparesWith": [],
             "concepts": [{"id": "code-generation", "name": "code generation", "aliases": ["program synthesis"],
                           "evidence": "The advancement of large language models (LLMs) has significantly propelled the field of code generation.",
                           "rule": "concept-keywords", "confidence": 1.0}],
             "codeUrls": ["https://github.com/Ablustrund/APPS_Plus"],
             "results": []}
            """;

    static final String RELATED_PAGE = """
            {"items": [{"id": "webarena-a-realistic-web-environment-for-building-autonomous-agents",
                        "title": "WebArena: A Realistic Web Environment for Building Autonomous Agents", "score": 3.412,
                        "signals": {"methods": 0.0, "benchmarks": 2.303, "models": 0.0, "concepts": 1.109},
                        "reasons": [{"type": "benchmark", "id": "webarena", "name": "WebArena", "weight": 2.303},
                                    {"type": "concept", "id": "web-agents", "name": "web agents", "weight": 1.109}]}],
             "next": null}
            """;

    static final String ENTITY_PAGE = """
            {"items": [{"id": "gsm8k", "name": "GSM8K", "aliases": ["GSM-8K", "Grade School Math 8K"], "kind": "benchmark", "papers": 6}],
             "next": null}
            """;

    static final String ENTITY_DETAIL = """
            {"id": "gsm8k", "name": "GSM8K", "aliases": ["GSM-8K", "Grade School Math 8K"], "kind": "benchmark",
             "papers": [{"id": "some-paper", "title": "Some Paper", "relation": "EVALUATED_ON",
                         "evidence": "Experiments on GSM8K show gains of up to 5.1%.", "confidence": 0.85}],
             "broader": [], "narrower": []}
            """;

    static final String STATS = """
            {"nodes": {"Paper": 199, "Method": 310, "Benchmark": 160, "Model": 60, "Concept": 70, "Metric": 20, "Result": 240},
             "relationships": {"PROPOSES": 250, "INTRODUCES": 40, "EVALUATED_ON": 230, "USES_MODEL": 90, "COMPARES_WITH": 120,
                               "ABOUT": 600, "REPORTS": 240, "ON": 120, "MEASURES": 90, "BROADER": 80, "SIMILAR_TO": 0}}
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
}
