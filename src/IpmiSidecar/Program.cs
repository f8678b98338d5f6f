Console.WriteLine("IpmiSidecar");
