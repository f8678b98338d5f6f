namespace Ipmi.Protocol.Commands;

/// <summary>
/// A handler's answer: the completion code and how many response data bytes (after the completion
/// code) it wrote into the response buffer.
/// </summary>
public readonly record struct CommandResult(CompletionCode Code, int DataLength)
{
    public static CommandResult Ok(int dataLength) => new(CompletionCode.Normal, dataLength);
    public static CommandResult Error(CompletionCode code) => new(code, 0);

    public static implicit operator CommandResult(CompletionCode code) => Error(code);
}
