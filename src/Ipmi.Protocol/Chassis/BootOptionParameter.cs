namespace Ipmi.Protocol.Chassis;

/// <summary>Boot option parameter selectors, IPMI v2.0 §28.13, Table 28-14 (7 bits; 96-127 are OEM).</summary>
public enum BootOptionParameter : byte
{
    /// <summary>Data: [1:0] 0 set complete, 1 set in progress, 2 commit write.</summary>
    SetInProgress = 0,
    ServicePartitionSelector = 1,
    ServicePartitionScan = 2,
    BootFlagValidBitClearing = 3,
    /// <summary>Data: write mask, then the acknowledge bits ([0] BIOS/POST … [4] OEM).</summary>
    BootInfoAcknowledge = 4,
    /// <summary>Data: 5 bytes, see <see cref="BootFlags"/>.</summary>
    BootFlags = 5,
    BootInitiatorInfo = 6,
    BootInitiatorMailbox = 7,
}
