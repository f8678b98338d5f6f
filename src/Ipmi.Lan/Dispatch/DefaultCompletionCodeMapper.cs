using Ipmi.Protocol;
using Ipmi.Protocol.Commands;

namespace Ipmi.Lan.Dispatch;

/// <summary>Maps every handler exception to 0xFF "unspecified error" (IPMI v2.0 Table 5-2); the executable supplies a richer mapper.</summary>
public sealed class DefaultCompletionCodeMapper : ICompletionCodeMapper
{
    public CompletionCode Map(Exception exception) => CompletionCode.Unspecified;
}
