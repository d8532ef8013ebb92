package tr.bel.izmir.bizizmir.modeling;

import tr.bel.izmir.bizizmir.shared.DomainException;

import java.util.List;
import java.util.stream.Collectors;

/** A deployment refused before anything was written, with every problem found. */
public class ModelRejected extends DomainException {

    private final transient List<ModelProblem> problems;

    public ModelRejected(List<ModelProblem> problems) {
        super("modeling.rejected", problems.stream().map(ModelProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ModelProblem> problems() {
        return problems;
    }
}
