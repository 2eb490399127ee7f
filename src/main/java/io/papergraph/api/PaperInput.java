package io.papergraph.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One paper as a client sends it: to {@code POST /papers}, {@code PUT /papers/{id}}, or in a JSON import. */
@Schema(name = "PaperInput", description = "A paper to import. Unknown fields are refused, so a typo does not go unnoticed.")
public record PaperInput(
        @Schema(description = "At most 1,000 characters.", required = true, example = "Combining Modular Skills in Multitask Learning") String title,
        @JsonProperty("abstract") @Schema(name = "abstract", description = "At most 20,000 characters.", required = true,
                example = "A modular design encourages neural models to disentangle and recombine different facets of knowledge ...")
        String abstractText,
        @Schema(description = "Lower-case letters, digits, '.' and '-', up to 80; omitted, the slug of the title.", nullable = true,
                example = "combining-modular-skills-in-multitask-learning") String id,
        @Schema(description = "http(s) address of the paper's page.", nullable = true, example = "https://arxiv.org/abs/2202.13914") String url,
        @Schema(nullable = true, example = "2022") Integer year,
        @Schema(nullable = true, example = "[\"Edoardo M. Ponti\", \"Alessandro Sordoni\"]") List<String> authors) {
}
