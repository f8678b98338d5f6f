namespace Ipmi.Protocol.Commands;

/// <summary>Something that contributes commands to the dispatch table (a handler group, a node, the session layer).</summary>
public interface ICommandSource
{
    IEnumerable<CommandRegistration> Commands { get; }
}
