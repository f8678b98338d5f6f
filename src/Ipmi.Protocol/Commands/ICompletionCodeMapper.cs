namespace Ipmi.Protocol.Commands;

/// <summary>
/// The one place that turns an exception escaping a handler into a completion code. The dispatcher
/// calls it; the composition root supplies one that knows the bus and device exception types.
/// </summary>
public interface ICompletionCodeMapper
{
    CompletionCode Map(Exception exception);
}
