namespace Ipmi.Lan.Sessions;

/// <summary>Where a session is in the RMCP+ handshake (IPMI v2.0 §13.15, Figure 13-7).</summary>
public enum SessionState
{
    /// <summary>Open Session answered; RAKP 1 expected (half-open).</summary>
    AwaitingRakp1,
    /// <summary>RAKP 2 sent; RAKP 3 expected (half-open).</summary>
    AwaitingRakp3,
    /// <summary>RAKP 4 sent: the session carries IPMI messages.</summary>
    Active,
}
