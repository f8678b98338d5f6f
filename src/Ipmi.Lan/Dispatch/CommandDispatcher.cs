using System.Collections.Frozen;
using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ipmi.Lan.Dispatch;

/// <summary>
/// The command table, keyed by <see cref="CommandKey"/> and built once from every
/// <see cref="ICommandSource"/>. It answers unknown commands with 0xC1, checks the minimum privilege
/// (0xD4) and the sessionless rule before a handler runs, and maps handler exceptions through the
/// <see cref="ICompletionCodeMapper"/>: every valid request gets a completion code, never silence.
/// </summary>
public sealed class CommandDispatcher
{
    private readonly FrozenDictionary<CommandKey, CommandRegistration> _commands;
    private readonly ICompletionCodeMapper _mapper;
    private readonly ILogger _logger;

    public CommandDispatcher(IEnumerable<ICommandSource> sources, ICompletionCodeMapper mapper, ILogger<CommandDispatcher>? logger = null)
    {
        var commands = new Dictionary<CommandKey, CommandRegistration>();
        foreach (var registration in sources.SelectMany(s => s.Commands))
        {
            if (!commands.TryAdd(registration.Key, registration))
                throw new InvalidOperationException($"Command {registration.Key} is registered twice.");
        }
        _commands = commands.ToFrozenDictionary();
        _mapper = mapper;
        _logger = logger ?? NullLogger<CommandDispatcher>.Instance;
    }

    public bool TryGet(CommandKey key, out CommandRegistration registration) => _commands.TryGetValue(key, out registration!);

    /// <summary>
    /// Runs the command for <paramref name="key"/>. <paramref name="context"/> with session ID 0 means the
    /// request came outside a session. The result's data length never exceeds <paramref name="response"/>.
    /// </summary>
    public async ValueTask<CommandResult> DispatchAsync(
        CommandKey key, CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken)
    {
        if (!_commands.TryGetValue(key, out var registration))
            return CompletionCode.InvalidCommand;
        if (context.SessionId == 0 ? !registration.SessionlessAllowed : context.Privilege < registration.MinimumPrivilege)
            return CompletionCode.InsufficientPrivilege;
        CommandResult result;
        try
        {
            result = await registration.Handler(context, request, response, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            var code = _mapper.Map(exception);
            _logger.HandlerFailed(key.ToString(), code, exception);
            return code;
        }
        if (result.DataLength < 0 || result.DataLength > response.Length)
        {
            _logger.HandlerOverran(key.ToString(), result.DataLength, response.Length);
            return CompletionCode.Unspecified;
        }
        return result;
    }
}
