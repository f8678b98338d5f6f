using Ipmi.Protocol;
using Ipmi.Protocol.Commands;

namespace Oem.PassThrough;

/// <summary>
/// The forwarding command source of a pass-through node: one handler per <see cref="ForwardedCommands"/> entry that
/// sends the request to the BMC and relays its completion code and data unchanged. Transport failures escape as
/// exceptions, which the dispatcher's mapper turns into 0xC3 (timeout) or 0xCE (NACK, no response). With an
/// <see cref="SdrCache"/>, the commands <see cref="SdrCacheCommands"/> answers are left to it, and a successful
/// repository change drops the cache.
/// </summary>
public sealed class PassThroughCommands(IBmcLink bmc, SdrCache? sdrCache = null) : ICommandSource
{
    public IEnumerable<CommandRegistration> Commands =>
        ForwardedCommands.All
            .Where(c => sdrCache is null || !SdrCacheCommands.Keys.Contains(c.Key))
            .Select(c => new CommandRegistration(c.Key, c.MinimumPrivilege, Forwarder(c)) { SessionlessAllowed = c.SessionlessAllowed });

    private CommandHandler Forwarder(ForwardedCommand command) => async (_, request, response, cancellationToken) =>
    {
        var result = await RelayAsync(bmc, command.NetFn, command.Command, request, response, cancellationToken).ConfigureAwait(false);
        if (command.ChangesSdrRepository && result.Code == CompletionCode.Normal)
            sdrCache?.Invalidate();
        return result;
    };

    /// <summary>
    /// Sends one request and copies the BMC's answer into <paramref name="response"/>. An answer longer than the LAN
    /// response buffer is refused with 0xCA, "cannot return number of requested data bytes" (IPMI v2.0 Table 5-2),
    /// rather than cut: a truncated record or FRU chunk would look valid to the client.
    /// </summary>
    public static async ValueTask<CommandResult> RelayAsync(
        IBmcLink bmc, NetFn netFn, byte command, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken)
    {
        var answer = await bmc.SendAsync(netFn, command, request, cancellationToken).ConfigureAwait(false);
        if (answer.Data.Length > response.Length)
            return CompletionCode.CannotReturnRequestedBytes;
        answer.Data.CopyTo(response);
        return new CommandResult(answer.Code, answer.Data.Length);
    }
}
