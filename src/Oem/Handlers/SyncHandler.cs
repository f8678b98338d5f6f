using Ipmi.Protocol.Commands;

namespace Oem.Handlers;

/// <summary>A handler that answers from memory at once: spans in, completion code and length out.</summary>
public delegate CommandResult SyncCommandHandler(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response);

public static class SyncHandler
{
    /// <summary>Adapts a synchronous handler to the dispatcher's <see cref="CommandHandler"/>.</summary>
    public static CommandHandler Of(SyncCommandHandler handler) =>
        (context, request, response, _) => ValueTask.FromResult(handler(context, request.Span, response.Span));
}
