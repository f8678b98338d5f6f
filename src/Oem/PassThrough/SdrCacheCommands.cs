using System.Collections.Frozen;
using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Ipmi.Protocol.Storage;

namespace Oem.PassThrough;

/// <summary>
/// Get SDR Repository Info (IPMI v2.0 §33.9), Reserve SDR Repository (§33.11) and Get SDR (§33.12) answered from the
/// <see cref="SdrCache"/> once it is filled, and forwarded to the BMC until then. Privileges as in
/// <see cref="ForwardedCommands.Storage"/>.
/// </summary>
public sealed class SdrCacheCommands(SdrCache cache, IBmcLink bmc) : ICommandSource
{
    /// <summary>The commands answered here rather than by <see cref="PassThroughCommands"/>.</summary>
    public static FrozenSet<CommandKey> Keys { get; } =
    [
        new(NetFn.Storage, GetSdrRepositoryInfoResponse.Command),
        new(NetFn.Storage, ReservationResponse.ReserveSdrRepositoryCommand),
        new(NetFn.Storage, GetSdrRequest.Command),
    ];

    public IEnumerable<CommandRegistration> Commands =>
        ForwardedCommands.Storage.Where(c => Keys.Contains(c.Key)).Select(c => new CommandRegistration(c.Key, c.MinimumPrivilege, Handler(c.Command)));

    private CommandHandler Handler(byte command) => (_, request, response, cancellationToken) =>
    {
        if (cache.Snapshot is not { } snapshot)
            return PassThroughCommands.RelayAsync(bmc, NetFn.Storage, command, request, response, cancellationToken);
        var result = command switch
        {
            GetSdrRepositoryInfoResponse.Command => GetRepositoryInfo(snapshot, request.Span, response.Span),
            ReservationResponse.ReserveSdrRepositoryCommand => Reserve(request.Span, response.Span),
            _ => GetSdr(snapshot, request.Span, response.Span),
        };
        return ValueTask.FromResult(result);
    };

    /// <summary>§33.9: the BMC's own answer (version, timestamps, support bits) with the count of records held.</summary>
    private static CommandResult GetRepositoryInfo(SdrSnapshot snapshot, ReadOnlySpan<byte> request, Span<byte> response) =>
        request.IsEmpty
            ? CommandResult.Ok((snapshot.Info with { RecordCount = (ushort)snapshot.Records.Count }).WriteTo(response))
            : CompletionCode.RequestDataLengthInvalid;

    private CommandResult Reserve(ReadOnlySpan<byte> request, Span<byte> response) =>
        request.IsEmpty
            ? CommandResult.Ok(new ReservationResponse(cache.Reservation.Reserve()).WriteTo(response))
            : CompletionCode.RequestDataLengthInvalid;

    /// <summary>
    /// §33.12: 0xFF bytes = the rest of the record; a read from a non-zero offset must quote the current reservation
    /// (0xC5); an offset past the record is 0xC9, a count past its end or the response buffer 0xCA, an unknown ID 0xCB.
    /// </summary>
    private CommandResult GetSdr(SdrSnapshot snapshot, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length != GetSdrRequest.Length || !GetSdrRequest.TryParse(request, out var get))
            return CompletionCode.RequestDataLengthInvalid;
        if (get.Offset != 0 && !cache.Reservation.IsCurrent(get.ReservationId))
            return CompletionCode.ReservationCanceled;
        if (!snapshot.TryGet(get.RecordId, out var record, out var next))
            return CompletionCode.RequestedDataNotPresent;
        if (get.Offset >= record.Length)
            return CompletionCode.ParameterOutOfRange;
        var count = get.BytesToRead == GetSdrRequest.EntireRecord ? record.Length - get.Offset : get.BytesToRead;
        if (get.Offset + count > record.Length || 2 + count > response.Length)
            return CompletionCode.CannotReturnRequestedBytes;
        return CommandResult.Ok(new GetSdrResponse(next, record.AsMemory(get.Offset, count)).WriteTo(response));
    }
}
