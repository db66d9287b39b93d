using Cleanroom.Server.ProtectedQueries.Wire;

namespace Cleanroom.Server.ProtectedQueries.Submission;

/// <summary>A resolved result destination: the configuration in force, who receives the result, and where it is written.</summary>
internal sealed record ResultDestination(ProtectedQueryResultConfiguration Configuration, string ReceiverAccountId, ResultDelivery Delivery);
