namespace Oem.State;

/// <summary>
/// sel.json: the System Event Log (IPMI v2.0 §31): the 16-byte records in order (base64 in JSON), the next record ID
/// to assign, the addition and erase timestamps and the overflow flag.
/// </summary>
public sealed record SelState
{
    public List<byte[]> Records { get; init; } = [];
    public ushort NextRecordId { get; init; } = 1;
    public uint LastAddition { get; init; } = 0xFFFFFFFF;
    public uint LastErase { get; init; } = 0xFFFFFFFF;
    public bool Overflow { get; init; }
}
