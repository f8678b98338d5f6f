using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Ipmi.Protocol.Dcmi;

namespace Oem.Handlers.Dcmi;

public sealed partial class DcmiCommands
{
    /// <summary>Get Asset Tag, DCMI v1.5 §6.4.2: see <see cref="Read"/>.</summary>
    private CommandResult GetAssetTag(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response) =>
        Read(identity.AssetTag, request, response);

    /// <summary>Get Management Controller Identifier String, DCMI v1.5 §6.4.5: its length excludes the null terminator.</summary>
    private CommandResult GetControllerIdentifier(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response) =>
        Read(identity.ControllerIdentifier, request, response);

    /// <summary>Set Asset Tag, DCMI v1.5 §6.4.3: answers the new total length, offset plus bytes written.</summary>
    private CommandResult SetAssetTag(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response) =>
        Write(request, response, static (store, offset, data) => store.TryWriteAssetTag(offset, data));

    /// <summary>Set Management Controller Identifier String, DCMI v1.5 §6.4.6: the chunk with the null terminator is the last.</summary>
    private CommandResult SetControllerIdentifier(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response) =>
        Write(request, response, static (store, offset, data) => store.TryWriteControllerIdentifier(offset, data));

    /// <summary>
    /// Up to 16 bytes from <paramref name="offset"/>, fewer at the end of the string, with its total length (a read of
    /// 0 bytes learns the length). More than 16 bytes, or an offset past the end, is 0xC9.
    /// </summary>
    private static CommandResult Read(byte[] value, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (!DcmiStringReadRequest.TryParse(request, out var read))
            return Error(CompletionCode.RequestDataLengthInvalid, response);
        if (read.Count > DcmiStringReadRequest.MaxChunk || read.Offset > value.Length)
            return Error(CompletionCode.ParameterOutOfRange, response);
        var data = value.AsSpan(read.Offset, Math.Min(read.Count, value.Length - read.Offset)).ToArray();
        return CommandResult.Ok(new DcmiStringReadResponse((byte)value.Length, data).WriteTo(response));
    }

    private delegate bool StringWrite(DcmiIdentityStore store, int offset, ReadOnlySpan<byte> data);

    /// <summary>A chunk of at most 16 bytes; one the string cannot take there is 0xC9.</summary>
    private CommandResult Write(ReadOnlySpan<byte> request, Span<byte> response, StringWrite write)
    {
        if (!DcmiStringWriteRequest.TryParse(request, out var set))
            return Error(request.Length >= 3 && request[2] > DcmiStringReadRequest.MaxChunk ? CompletionCode.ParameterOutOfRange : CompletionCode.RequestDataLengthInvalid, response);
        if (!write(identity, set.Offset, set.Data))
            return Error(CompletionCode.ParameterOutOfRange, response);
        return CommandResult.Ok(new DcmiStringWriteResponse((byte)(set.Offset + set.Data.Length)).WriteTo(response));
    }
}
