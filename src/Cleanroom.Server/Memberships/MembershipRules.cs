using System.Text.Json;
using Cleanroom.Server.Collaborations;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.Memberships;

/// <summary>Business rules for a membership's settings, checked on create and update.</summary>
internal static class MembershipRules
{
    private const string Enabled = "ENABLED";

    /// <summary>A member can log only what the collaboration allows to be logged.</summary>
    public static void CheckLogging(CollaborationRecord collaboration, string? queryLogStatus, string? jobLogStatus)
    {
        if (queryLogStatus == Enabled && collaboration.QueryLogStatus != Enabled)
        {
            throw ApiException.InvalidConfiguration(
                "Query logging cannot be enabled for a membership when the collaboration does not support it.",
                new FieldError("queryLogStatus", "The collaboration's queryLogStatus is DISABLED"));
        }

        if (jobLogStatus == Enabled && collaboration.JobLogStatus != Enabled)
        {
            throw ApiException.InvalidConfiguration(
                "Job logging cannot be enabled for a membership when the collaboration does not support it.",
                new FieldError("jobLogStatus", "The collaboration's jobLogStatus is not ENABLED"));
        }
    }

    /// <summary>Default result destinations belong to members who can receive results (or run jobs, for job results).</summary>
    public static void CheckResultConfigurations(MemberRecord member, JsonElement? queryResults, JsonElement? jobResults)
    {
        if (queryResults is not null && !member.Can(MemberAbility.CanReceiveResults))
        {
            throw ApiException.InvalidConfiguration(
                "Only a member who can receive results can set a default result configuration.",
                new FieldError("defaultResultConfiguration", "The member does not have CAN_RECEIVE_RESULTS"));
        }

        if (jobResults is not null && !member.Can(MemberAbility.CanReceiveResults) && !member.Can(MemberAbility.CanRunJob))
        {
            throw ApiException.InvalidConfiguration(
                "Only a member who can receive results or run jobs can set a default job result configuration.",
                new FieldError("defaultJobResultConfiguration", "The member does not have CAN_RECEIVE_RESULTS or CAN_RUN_JOB"));
        }
    }

    /// <summary>Metrics need the collaboration's consent and are for members who run analyses or pay for them.</summary>
    public static void CheckMetrics(CollaborationRecord collaboration, MemberRecord member, bool? isMetricsEnabled)
    {
        if (isMetricsEnabled != true)
        {
            return;
        }

        var runsOrPays = member.Can(MemberAbility.CanQuery) || member.Can(MemberAbility.CanRunJob) || member.PaymentConfiguration.QueryCompute?.IsResponsible == true;
        if (collaboration.IsMetricsEnabled != true || !runsOrPays)
        {
            throw ApiException.InvalidConfiguration(
                "Metrics can be enabled only when the collaboration enables them, by a member who runs analyses or pays for them.",
                new FieldError("isMetricsEnabled", "Metrics are not available to this membership"));
        }
    }
}
