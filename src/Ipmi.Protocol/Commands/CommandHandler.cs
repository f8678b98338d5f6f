namespace Ipmi.Protocol.Commands;

/// <summary>
/// Executes one IPMI command. <paramref name="request"/> is the request data (after the command
/// byte, for group-extension commands including the defining-body byte); the handler writes
/// response data (after the completion code) into <paramref name="response"/>, which holds at least
/// <see cref="CommandRegistration.MaxResponseData"/> bytes. IPMI-level failures are returned as
/// completion codes; exceptions are for faults, and the dispatcher maps them in one place.
/// </summary>
public delegate ValueTask<CommandResult> CommandHandler(
    CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken);
