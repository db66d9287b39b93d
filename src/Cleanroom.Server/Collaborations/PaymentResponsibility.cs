using Cleanroom.Server.Collaborations.Wire;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.Collaborations;

/// <summary>
/// Who pays for what. For each cost (query compute, job compute, each ML cost) at most one member may be
/// responsible. Query compute defaults to the member who can query and job compute to the member who can run
/// jobs; that member cannot decline unless another member is responsible. A designated payer confirms when it
/// joins (<see cref="Acknowledge"/>).
/// </summary>
internal static class PaymentResponsibility
{
    private static readonly Cost Query = new("query compute", "queryCompute", c => c?.QueryCompute, MemberAbility.CanQuery);
    private static readonly Cost Job = new("job compute", "jobCompute", c => c?.JobCompute, MemberAbility.CanRunJob);
    private static readonly Cost[] MachineLearning =
    [
        new("model training", "machineLearning.modelTraining", c => c?.MachineLearning?.ModelTraining, null),
        new("model inference", "machineLearning.modelInference", c => c?.MachineLearning?.ModelInference, null),
        new("synthetic data generation", "machineLearning.syntheticDataGeneration", c => c?.MachineLearning?.SyntheticDataGeneration, null),
    ];

    /// <summary>The resolved configuration of each participant, in order.</summary>
    public static IReadOnlyList<PaymentConfiguration> Resolve(IReadOnlyList<PaymentParticipant> participants)
    {
        var queryPayer = PayerOf(Query, participants);
        var jobPayer = PayerOf(Job, participants);
        var jobRelevant = participants.Any(p => p.Abilities.Contains(MemberAbility.CanRunJob) || Job.Select(p.Given) is not null);
        var mlPayers = MachineLearning.Select(cost => (Relevant: participants.Any(p => cost.Select(p.Given) is not null), Payer: PayerOf(cost, participants))).ToArray();
        return participants.Select(p => new PaymentConfiguration(
            new ResponsibilityConfig(ReferenceEquals(p, queryPayer)),
            mlPayers.Any(ml => ml.Relevant)
                ? new MlPaymentConfig(
                    mlPayers[0].Relevant ? new ResponsibilityConfig(ReferenceEquals(p, mlPayers[0].Payer)) : null,
                    mlPayers[1].Relevant ? new ResponsibilityConfig(ReferenceEquals(p, mlPayers[1].Payer)) : null,
                    mlPayers[2].Relevant ? new ResponsibilityConfig(ReferenceEquals(p, mlPayers[2].Payer)) : null)
                : null,
            jobRelevant ? new ResponsibilityConfig(ReferenceEquals(p, jobPayer)) : null)).ToArray();
    }

    /// <summary>A joining member must confirm exactly the responsibilities the creator gave it.</summary>
    public static void Acknowledge(MemberRecord member, PaymentConfiguration? given)
    {
        foreach (var cost in MachineLearning.Append(Query).Append(Job))
        {
            var assigned = cost.Select(member.PaymentConfiguration)?.IsResponsible ?? false;
            var confirmed = cost.Select(given)?.IsResponsible;
            var isDefaultPayer = cost.DefaultAbility is not null && member.Can(cost.DefaultAbility);
            var field = new FieldError($"paymentConfiguration.{cost.Field}.isResponsible", $"Must be {(assigned ? "true" : "false")} for this member");
            if (confirmed is { } value && value != assigned)
            {
                throw ApiException.InvalidConfiguration($"The payment configuration for {cost.Name} does not match the collaboration's.", field);
            }

            if (assigned && confirmed is null && !isDefaultPayer)
            {
                throw ApiException.InvalidConfiguration($"This member must accept responsibility for {cost.Name} costs to join.", field);
            }
        }
    }

    private static PaymentParticipant? PayerOf(Cost cost, IReadOnlyList<PaymentParticipant> participants)
    {
        var designated = participants.Where(p => cost.Select(p.Given)?.IsResponsible == true).ToArray();
        if (designated.Length > 1)
        {
            throw ApiException.InvalidConfiguration(
                $"Only one member can be responsible for {cost.Name} costs.",
                designated.Select(p => new FieldError($"{p.Field}.{cost.Field}.isResponsible", "Only one member can be responsible")).ToArray());
        }

        if (designated.Length == 1 || cost.DefaultAbility is null)
        {
            return designated.FirstOrDefault();
        }

        var fallback = participants.FirstOrDefault(p => p.Abilities.Contains(cost.DefaultAbility));
        if (fallback is not null && cost.Select(fallback.Given)?.IsResponsible == false)
        {
            throw ApiException.InvalidConfiguration(
                $"The member with {cost.DefaultAbility} pays for {cost.Name} unless another member is responsible.",
                new FieldError($"{fallback.Field}.{cost.Field}.isResponsible", "Must be true unless another member is responsible"));
        }

        return fallback;
    }

    private sealed record Cost(string Name, string Field, Func<PaymentConfiguration?, ResponsibilityConfig?> Select, string? DefaultAbility);
}
